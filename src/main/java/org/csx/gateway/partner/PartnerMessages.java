package org.csx.gateway.partner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.DocumentsReminderType;
import org.csx.gateway.contract.acknowledgment.Outcome;
import org.csx.gateway.contract.acknowledgment.ResponseCodeType;
import org.csx.gateway.contract.acknowledgment.StatusResponseType;
import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.contract.common.DistrictType;
import org.csx.gateway.contract.common.MissingDocumentType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * The one place every message to a partner is built: the acknowledgment (accepted, where the case went, what is
 * missing; or rejected), the answer to a status inquiry, the documents reminder, and the CSENet-style transactions
 * the registry sends on a registration. Each refers to the partner's transaction by what the partner knows it by,
 * carries the registry's locator code and the time it was made. The features decide what to say; this class says
 * it in the contract's words (schemas/acknowledgment.xsd, transmittal.xsd, common.xsd).
 */
public class PartnerMessages {

    private final String registryLocatorCode;
    private final Clock clock;

    public PartnerMessages(String registryLocatorCode, Clock clock) {
        this.registryLocatorCode = registryLocatorCode;
        this.clock = clock;
    }

    /** How every answer refers to the transaction it answers: by what the sender knows it by. */
    public static TransactionReferenceType reference(HeaderType header) {
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

    /** A CSENet function/action/reason. */
    public static ResponseCodeType code(String functionalType, String actionCode, String actionReason) {
        ResponseCodeType code = new ResponseCodeType();
        code.setFunctionalType(functionalType);
        code.setActionCode(actionCode);
        code.setActionReason(actionReason);
        return code;
    }

    public static DistrictType district(String id, String name, String locatorCode) {
        DistrictType where = new DistrictType();
        where.setId(id);
        where.setName(name);
        where.setLocatorCode(locatorCode);
        return where;
    }

    /**
     * The acknowledgment of a transmittal: {@code response} the CSENet codes (A ANOAD, A AADIN naming
     * {@code missing}), {@code where} the district it went to; a rejection carries violations, added by the caller.
     */
    public AcknowledgmentType acknowledgment(String trackingId, Outcome outcome, TransactionReferenceType original,
                                             ResponseCodeType response, DistrictType where, List<MissingDocumentType> missing) {
        AcknowledgmentType ack = new AcknowledgmentType();
        ack.setTrackingId(trackingId);
        ack.setCreatedAt(now());
        ack.setOutcome(outcome);
        ack.setRespondingLocatorCode(registryLocatorCode);
        ack.setOriginalTransaction(original);
        ack.setResponse(response);
        ack.setDistrict(where);
        ack.getMissingDocument().addAll(missing);
        return ack;
    }

    /** The answer to a status inquiry (MSC P GSPUD); the caller fills in what was found. */
    public StatusResponseType statusResponse(String trackingId, TransactionReferenceType original) {
        StatusResponseType response = new StatusResponseType();
        response.setTrackingId(trackingId);
        response.setCreatedAt(now());
        response.setRespondingLocatorCode(registryLocatorCode);
        response.setOriginalTransaction(original);
        response.setResponse(code("MSC", "P", "GSPUD"));
        return response;
    }

    /** Documents announced and not received: {@code function} M GRPOU, naming what is still missing. */
    public DocumentsReminderType documentsReminder(String trackingId, TransactionReferenceType original,
                                                   ResponseCodeType reminderCode, List<MissingDocumentType> missing) {
        DocumentsReminderType reminder = new DocumentsReminderType();
        reminder.setTrackingId(trackingId);
        reminder.setCreatedAt(now());
        reminder.setRespondingLocatorCode(registryLocatorCode);
        reminder.setOriginalTransaction(original);
        reminder.setReminder(reminderCode);
        reminder.getMissingDocument().addAll(missing);
        return reminder;
    }

    /**
     * A CSENet-style transaction from the registry (e.g. ENF P ESREG on a registration) to the partner's case:
     * {@code receiverLocatorCode} null for a foreign central authority ("0000000", its country in the reference).
     */
    public TransmittalType transaction(String receiverLocatorCode, String receiverCaseId, String serialNumber,
                                       FunctionalType functionalType, ActionCode actionCode, String actionReason,
                                       String... informationLines) {
        return transactionFrom(registryLocatorCode, "Central registry", null, receiverLocatorCode, receiverCaseId,
                serialNumber, functionalType, actionCode, actionReason, informationLines);
    }

    /**
     * The same, sent in the name of one of this state's IV-D offices (a district's own request and its reminders:
     * docs/way-back.md), with that office's case id.
     */
    public TransmittalType transactionFrom(String senderLocatorCode, String senderName, String senderCaseId,
                                           String receiverLocatorCode, String receiverCaseId, String serialNumber,
                                           FunctionalType functionalType, ActionCode actionCode, String actionReason,
                                           String... informationLines) {
        HeaderType header = new HeaderType();
        SenderType sender = new SenderType();
        sender.setKind(SenderKind.STATE_IV_D_AGENCY);
        sender.setLocatorCode(senderLocatorCode);
        sender.setName(senderName);
        header.setSender(sender);
        header.setSenderCaseId(senderCaseId);
        header.setReceiverLocatorCode(receiverLocatorCode != null ? receiverLocatorCode : "0000000");
        header.setCsenetVersion("003");
        header.setTransactionSerialNumber(serialNumber);
        header.setFunctionalType(functionalType);
        header.setActionCode(actionCode);
        header.setActionReason(actionReason);
        header.setTransactionDate(LocalDate.now(clock));
        header.setReceiverCaseId(receiverCaseId);
        header.setAttachmentsIndicator(false);
        TransmittalType t = new TransmittalType();
        t.setHeader(header);
        if (informationLines.length > 0) {
            InformationType info = new InformationType();
            info.getTextLine().addAll(List.of(informationLines));
            t.setInformation(info);
        }
        return t;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
