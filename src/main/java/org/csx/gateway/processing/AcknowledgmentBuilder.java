package org.csx.gateway.processing;

import java.util.List;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.Outcome;
import org.csx.gateway.contract.acknowledgment.ResponseCodeType;
import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.contract.acknowledgment.ViolationType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.documents.CaseReview;
import org.csx.gateway.documents.DocumentNotices;
import org.csx.gateway.partner.PartnerMessages;
import org.csx.gateway.routing.District;
import org.csx.gateway.validation.Violation;

/**
 * What processing decides to tell the sender: accepted, where the case went and (AADIN) everything missing, from
 * the case review's one verdict; or rejected with every violation. The message itself is built by
 * {@link PartnerMessages}, the one place every message to a partner is made.
 */
class AcknowledgmentBuilder {

    private final AcknowledgmentCodes codes;
    private final PartnerMessages messages;

    public AcknowledgmentBuilder(AcknowledgmentCodes codes, PartnerMessages messages) {
        this.codes = codes;
        this.messages = messages;
    }

    public AcknowledgmentType accepted(TransmittalInProcess inProcess) {
        return accepted(inProcess, null);
    }

    /** @param review the completeness review; null when none was made (then nothing is asked for) */
    public AcknowledgmentType accepted(TransmittalInProcess inProcess, CaseReview review) {
        HeaderType header = inProcess.getTransmittal().getHeader();
        boolean complete = review == null || review.isComplete();
        // CSENet acknowledges a request (R) only: answering an acknowledgment, response or update with one would make
        // two registries' gateways acknowledge each other's acknowledgments forever
        ResponseCodeType response = header.getActionCode() != ActionCode.R ? null
                : codes.forRequest(header.getFunctionalType().value(), complete)
                        .map(code -> PartnerMessages.code(code.functionalType(), code.actionCode(), code.actionReason()))
                        .orElse(null);
        District district = inProcess.getDistrict();
        return messages.acknowledgment(inProcess.getTrackingId().toString(), Outcome.ACCEPTED, reference(inProcess),
                response, PartnerMessages.district(district.id(), district.name(), district.locatorCode()),
                complete ? List.of() : DocumentNotices.missing(review.completeness()));
    }

    public AcknowledgmentType rejected(TransmittalInProcess inProcess) {
        AcknowledgmentType ack = messages.acknowledgment(inProcess.getTrackingId().toString(), Outcome.REJECTED,
                reference(inProcess), null, null, List.of());
        for (Violation violation : inProcess.getViolations()) {
            ViolationType v = new ViolationType();
            v.setCode(violation.code());
            v.setPath(violation.path());
            v.setMessage(violation.message());
            ack.getViolation().add(v);
        }
        return ack;
    }

    /** Refers to the original by what the sender knows it by; a schema-invalid one may lack most of it. */
    private static TransactionReferenceType reference(TransmittalInProcess inProcess) {
        if (inProcess.getTransmittal() == null) {
            TransactionReferenceType reference = new TransactionReferenceType();
            reference.setTransactionSerialNumber(inProcess.getTransactionSerialNumber());
            return reference;
        }
        return PartnerMessages.reference(inProcess.getTransmittal().getHeader());
    }
}
