package org.csx.gateway.csenet;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.csx.gateway.contract.acknowledgment.AcknowledgmentType;
import org.csx.gateway.contract.acknowledgment.DocumentsReminderType;
import org.csx.gateway.contract.acknowledgment.StatusResponseType;
import org.csx.gateway.contract.acknowledgment.Outcome;
import org.csx.gateway.contract.acknowledgment.ResponseCodeType;
import org.csx.gateway.contract.acknowledgment.TransactionReferenceType;
import org.csx.gateway.contract.acknowledgment.ViolationType;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * What a CSENet partner gets instead of the XML acknowledgment on its queue (schemas/acknowledgment.xsd).
 *
 * <ul>
 *   <li><b>Accepted</b>, with CSENet response codes: a CSENet transaction in the SENT layout (127-byte header),
 *       function + A + reason from the acknowledgment's Response (e.g. ENF A ANOAD), seen from our side as CSENet
 *       does for what a state sends: Local = us (the responding locator code), Other = the original sender;
 *       Case-ID blank (ours is not known at the registry), Other-Case-ID = the sender's case id; our own serial
 *       number; Transaction-Date = the acknowledgment's date. No data blocks.</li>
 *   <li><b>Accepted</b> without response codes (CSI, COL, MSC have no acknowledgment row in the valid
 *       transactions table): nothing to send over CSENet; {@link Optional#empty()}.</li>
 *   <li><b>Status responses</b> (MSC P GSPUD) and <b>documents reminders</b> (PAT/EST/ENF M GRPOU): the same
 *       transaction shape with an Information block (the answer's sentence, the missing documents).</li>
 *   <li><b>Rejected</b>: a 145-byte error record (brief 1.11) with error code GW12 and the first violation, built
 *       over the original transaction's identification from the point of view it was received in (Local = us,
 *       Other = the sender), like the error records of records refused at intake.</li>
 * </ul>
 */
public class CsenetAcknowledgmentRecords {

    private final CsenetTransactionWriter writer = new CsenetTransactionWriter();
    private final CsenetErrorRecordWriter errorRecords = new CsenetErrorRecordWriter();

    /** The acknowledgment transaction for an accepted transmittal; empty when CSENet has none for it. */
    public Optional<String> acknowledgment(AcknowledgmentType ack, String serialNumber, LocalDateTime stampedAt) {
        if (ack.getOutcome() != Outcome.ACCEPTED || ack.getResponse() == null) {
            return Optional.empty();
        }
        return Optional.of(writer.write(acknowledgmentTransmittal(ack, serialNumber), HeaderLayout.SENT, stampedAt));
    }

    /**
     * The acknowledgment as a canonical transmittal (header only), us as the sender: what a CSENet file carries and
     * what a SOAP partner is pushed (delivery.PartnerTransmittals).
     */
    public TransmittalType acknowledgmentTransmittal(AcknowledgmentType ack, String serialNumber) {
        ResponseCodeType response = ack.getResponse();
        TransactionReferenceType original = ack.getOriginalTransaction();
        HeaderType header = new HeaderType();
        SenderType us = new SenderType();
        us.setKind(SenderKind.STATE_IV_D_AGENCY);
        us.setLocatorCode(ack.getRespondingLocatorCode());
        header.setSender(us);
        header.setReceiverLocatorCode(original.getSenderLocatorCode());
        header.setReceiverCaseId(original.getSenderCaseId());
        header.setCsenetVersion(CsenetTransactionWriter.DEFAULT_CSENET_VERSION);
        header.setTransactionSerialNumber(serialNumber);
        header.setFunctionalType(FunctionalType.fromValue(response.getFunctionalType()));
        header.setActionCode(ActionCode.fromValue(response.getActionCode()));
        header.setActionReason(response.getActionReason());
        header.setTransactionDate(ack.getCreatedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        header.setAttachmentsIndicator(false);
        TransmittalType t = new TransmittalType();
        t.setHeader(header);
        return t;
    }

    /**
     * The answer to a status inquiry (MSC P GSPUD) as a CSENet transaction: the acknowledgment's header shape, and an
     * Information block with the answer's sentence and what is missing (no personal data in either).
     */
    public String statusResponse(StatusResponseType r, String serialNumber, LocalDateTime stampedAt) {
        return writer.write(statusResponseTransmittal(r, serialNumber), HeaderLayout.SENT, stampedAt);
    }

    /** The status answer as a canonical transmittal (MSC P GSPUD with its Information block). */
    public TransmittalType statusResponseTransmittal(StatusResponseType r, String serialNumber) {
        TransmittalType t = transaction(r.getResponse(), r.getOriginalTransaction(), r.getRespondingLocatorCode(),
                r.getCreatedAt(), serialNumber);
        List<String> lines = new ArrayList<>(wrap(r.getMessage()));
        r.getMissingDocument().forEach(m -> lines.add("MISSING: " + m.getCount() + " " + m.getDocumentType()));
        t.setInformation(information(lines));
        return t;
    }

    /** An attachments-overdue reminder (PAT/EST/ENF M GRPOU) naming each missing document in the Information block. */
    public String documentsReminder(DocumentsReminderType r, String serialNumber, LocalDateTime stampedAt) {
        return writer.write(documentsReminderTransmittal(r, serialNumber), HeaderLayout.SENT, stampedAt);
    }

    /** The reminder as a canonical transmittal (function M GRPOU with the missing documents). */
    public TransmittalType documentsReminderTransmittal(DocumentsReminderType r, String serialNumber) {
        TransmittalType t = transaction(r.getReminder(), r.getOriginalTransaction(), r.getRespondingLocatorCode(),
                r.getCreatedAt(), serialNumber);
        List<String> lines = new ArrayList<>();
        r.getMissingDocument().forEach(m -> lines.add("MISSING: " + m.getCount() + " " + m.getDocumentType()));
        t.setInformation(information(lines));
        return t;
    }

    /**
     * A rejection as a canonical transmittal, for a partner that takes transmittals rather than CSENet error
     * records: MSC P REJCT, as for a case we do not hold (processing.CaseNotHeldReply), about the original
     * transaction (its serial number and function in the Information block) with the violation codes, never their
     * texts (a message can quote a value). REJCT is never answered, so two registries cannot bounce rejections.
     */
    public TransmittalType rejectionTransmittal(AcknowledgmentType ack, String serialNumber) {
        ResponseCodeType codes = new ResponseCodeType();
        codes.setFunctionalType(FunctionalType.MSC.value());
        codes.setActionCode(ActionCode.P.value());
        codes.setActionReason("REJCT");
        TransmittalType t = transaction(codes, ack.getOriginalTransaction(), ack.getRespondingLocatorCode(),
                ack.getCreatedAt(), serialNumber);
        TransactionReferenceType original = ack.getOriginalTransaction();
        List<String> lines = new ArrayList<>();
        lines.add("REJECTED " + nullToEmpty(original.getFunctionalType()) + " " + nullToEmpty(original.getActionCode())
                + " " + nullToEmpty(original.getActionReason()) + " SERIAL " + nullToEmpty(original.getTransactionSerialNumber()));
        lines.add(ack.getViolation().size() + " violation(s)");
        ack.getViolation().stream().map(ViolationType::getCode).distinct().limit(3).forEach(lines::add);
        t.setInformation(information(lines));
        return t;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private TransmittalType transaction(ResponseCodeType codes, TransactionReferenceType original,
                                               String respondingLocatorCode, java.time.OffsetDateTime createdAt,
                                               String serialNumber) {
        AcknowledgmentType shape = new AcknowledgmentType();
        shape.setResponse(codes);
        shape.setOriginalTransaction(original);
        shape.setRespondingLocatorCode(respondingLocatorCode);
        shape.setCreatedAt(createdAt);
        return acknowledgmentTransmittal(shape, serialNumber);
    }

    /** At most five 80-character Information lines (transmittal.xsd Text80); what does not fit is left out. */
    private static InformationType information(List<String> lines) {
        InformationType info = new InformationType();
        lines.stream().limit(5).map(l -> l.length() > 80 ? l.substring(0, 80) : l).forEach(info.getTextLine()::add);
        return info;
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text).trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > 80) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The error record for a rejected transmittal (Txn-Counter 0: set when the error file is written). */
    public String rejection(AcknowledgmentType ack) {
        TransactionReferenceType original = ack.getOriginalTransaction();
        char[] received = new char[CsenetLayout.COMMON_HEADER_LENGTH];
        Arrays.fill(received, ' ');
        put(received, 1, ack.getRespondingLocatorCode());       // Local-FIPS: us
        put(received, 8, original.getSenderLocatorCode());      // Other-FIPS: the sender
        put(received, 18, original.getTransactionSerialNumber());
        put(received, 34, original.getActionCode());
        put(received, 35, original.getFunctionalType());
        put(received, 61, original.getSenderCaseId());          // Other-Case-ID: the sender's case id
        put(received, 76, original.getActionReason());
        int count = ack.getViolation().size();
        String first = count == 0 ? "" : ack.getViolation().get(0).getCode();
        String message = count + " violation" + (count == 1 ? "" : "s") + (count == 0 ? "" : ": " + first);
        return errorRecords.write(0, new String(received), CsenetErrorCode.REJECTED, message);
    }

    /** Writes a value at a 1-based position of the pseudo header, no further than its field is long. */
    private static void put(char[] record, int position, String value) {
        if (value == null) {
            return;
        }
        int max = switch (position) {
            case 1, 8 -> 7;
            case 18 -> 12;
            case 34 -> 1;
            case 35 -> 3;
            case 61 -> 15;
            case 76 -> 5;
            default -> throw new IllegalArgumentException("position " + position);
        };
        for (int i = 0; i < Math.min(max, value.length()); i++) {
            record[position - 1 + i] = value.charAt(i);
        }
    }

    /** First violation code, for logs. */
    static String firstViolation(AcknowledgmentType ack) {
        return ack.getViolation().stream().map(ViolationType::getCode).findFirst().orElse("none");
    }
}
