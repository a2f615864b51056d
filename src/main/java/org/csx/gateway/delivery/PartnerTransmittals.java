package org.csx.gateway.delivery;

import java.util.Optional;
import java.util.function.Supplier;
import org.csx.gateway.contract.ContractXml;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.DocumentsReminderType;
import org.csx.gateway.contract.acknowledgment.Outcome;
import org.csx.gateway.contract.acknowledgment.StatusResponseType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.csx.gateway.csenet.CsenetAcknowledgmentRecords;
import org.csx.gateway.csenet.CsenetOutboundStep;

/**
 * What a SOAP partner is pushed for a message on its queue: the message as a CSENet-style canonical transmittal, as
 * another csx-gateway takes it on SubmitTransmittal. The mappings are the CSENet channel's
 * ({@link CsenetAcknowledgmentRecords}): an acknowledgment is function + A + reason, a status answer MSC P GSPUD, a
 * reminder M GRPOU, a rejection MSC P REJCT; a message that already is a transmittal (CSENET_… kinds: MSC P REJCT
 * for a case not held, a registration's ENF P reply) is pushed as it is. Each gets our own serial number.
 */
class PartnerTransmittals {

    /** The transmittal to push and its function/action/reason, for the history ("ENF A ANOAD"). */
    record Outgoing(TransmittalType transmittal, String csenetTransaction) {
    }

    private final ContractXml contractXml;
    private final CsenetAcknowledgmentRecords records;

    PartnerTransmittals(ContractXml contractXml, CsenetAcknowledgmentRecords records) {
        this.contractXml = contractXml;
        this.records = records;
    }

    /**
     * @param serialNumber called only when there is something to send
     * @return empty for an acceptance CSENet has no acknowledgment for (CSI, COL, MSC): nothing to push, as in a file
     */
    Optional<Outgoing> of(String body, String messageKind, Supplier<String> serialNumber) {
        TransmittalType t;
        if (messageKind != null && messageKind.startsWith("CSENET_")) {
            t = contractXml.readTransmittal(body);
            t.getHeader().setTransactionSerialNumber(serialNumber.get());
        } else {
            switch (CsenetOutboundStep.rootElement(body)) {
                case "StatusResponse" -> t = records.statusResponseTransmittal(
                        contractXml.read(body, StatusResponseType.class), serialNumber.get());
                case "DocumentsReminder" -> t = records.documentsReminderTransmittal(
                        contractXml.read(body, DocumentsReminderType.class), serialNumber.get());
                case "Acknowledgment" -> {
                    AcknowledgmentType ack = contractXml.read(body, AcknowledgmentType.class);
                    if (ack.getOutcome() == Outcome.REJECTED && isRejection(ack)) {
                        // a rejected MSC P REJCT is not answered with another: two registries would bounce them forever
                        return Optional.empty();
                    } else if (ack.getOutcome() == Outcome.REJECTED) {
                        t = records.rejectionTransmittal(ack, serialNumber.get());
                    } else if (ack.getResponse() != null) {
                        t = records.acknowledgmentTransmittal(ack, serialNumber.get());
                    } else {
                        return Optional.empty();
                    }
                }
                default -> throw new IllegalArgumentException("a partner message is an Acknowledgment, StatusResponse,"
                        + " DocumentsReminder or a CSENET_ transmittal, not " + CsenetOutboundStep.rootElement(body));
            }
        }
        HeaderType h = t.getHeader();
        return Optional.of(new Outgoing(t, (h.getFunctionalType().value() + " " + h.getActionCode().value() + " "
                + (h.getActionReason() == null ? "" : h.getActionReason())).strip()));
    }

    private static boolean isRejection(AcknowledgmentType ack) {
        var original = ack.getOriginalTransaction();
        return original != null && "MSC".equals(original.getFunctionalType()) && "P".equals(original.getActionCode())
                && "REJCT".equals(original.getActionReason());
    }
}
