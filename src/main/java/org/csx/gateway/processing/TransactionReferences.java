package org.csx.gateway.processing;

import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.contract.transmittal.HeaderType;

/** How every answer to a sender refers to the transaction it answers: by what the sender knows it by. */
public final class TransactionReferences {

    private TransactionReferences() {
    }

    public static TransactionReferenceType of(HeaderType header) {
        TransactionReferenceType reference = new TransactionReferenceType();
        reference.setSenderLocatorCode(header.getSender().getLocatorCode());
        reference.setSenderCountryCode(header.getSender().getCountryCode());
        reference.setTransactionSerialNumber(header.getTransactionSerialNumber());
        reference.setFunctionalType(header.getFunctionalType().value());
        reference.setActionCode(header.getActionCode().value());
        reference.setActionReason(header.getActionReason());
        reference.setSenderCaseId(header.getSenderCaseId());
        return reference;
    }
}
