package org.csx.gateway.csenet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.csx.gateway.contract.transmittal.ActionCode;
import org.csx.gateway.contract.transmittal.CsenetDeliveryType;
import org.csx.gateway.contract.transmittal.FunctionalType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.SenderType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * Parses one CSENet transaction record (one line, without its line terminator) into the canonical transmittal.
 *
 * <p><b>Point of view.</b> Which header side is the sender depends on the {@link HeaderLayout}:
 * <ul>
 *   <li>{@code RECEIVED} (121-byte header, from the CSENet server): the server has already swapped the record to
 *       the receiver's point of view, so Local-FIPS is us &rarr; {@code Header/ReceiverLocatorCode};
 *       Other-FIPS is the sending state &rarr; {@code Header/Sender/LocatorCode}; Case-ID is our case id &rarr;
 *       {@code ReceiverCaseId}; Other-Case-ID is the sender's &rarr; {@code SenderCaseId}.</li>
 *   <li>{@code SENT} (127-byte header, as a state sends it): Local is the sender &rarr; {@code Sender/LocatorCode},
 *       Other is the receiver &rarr; {@code ReceiverLocatorCode}; Case-ID &rarr; {@code SenderCaseId};
 *       Other-Case-ID &rarr; {@code ReceiverCaseId}.</li>
 * </ul>
 * CSENet only links state IV-D agencies, so {@code Sender/Kind} is always {@code STATE_IV_D_AGENCY}.
 * Error-Reason-Code and Transaction-Type map to {@code Header/CsenetErrorReasonCode} and {@code CsenetTransactionType};
 * a received header's positions 97-121 (date and time received, attachments due date, host flags) to
 * {@code Header/CsenetDelivery}; a sent header's positions 97-127 (the sender's stamps) are checked, not mapped.
 *
 * <p><b>Values.</b> See {@link FieldReader}: blank = absent, all-zero dates and amounts = absent, amounts have two
 * implied decimals (parsed amounts always have scale 2), Order-Arrears-Total-Amount may be '-' + 11 digits.
 *
 * <p><b>Errors.</b> Bad input never throws: the result carries one {@link CsenetRecordError} per problem found
 * (non-ASCII bytes, length against the header's block indicators, then every field that does not decode).
 * Thread-safe; share one instance.
 */
public final class CsenetTransactionParser {
    private static final Pattern ACTION_REASON = Pattern.compile("[A-Z0-9]{5}");
    /** Header fields announcing how many of each data block follow, in record order. */
    static final Map<CsenetBlock, String> INDICATORS = indicators();

    private final CsenetLayout layout;

    public CsenetTransactionParser() {
        this(CsenetLayout.standard());
    }

    public CsenetTransactionParser(CsenetLayout layout) {
        this.layout = layout;
    }

    /** Parses a record the file reader produced, keeping the reader's own findings (e.g. non-ASCII bytes). */
    public CsenetParseResult parse(CsenetRecord record, HeaderLayout headerLayout) {
        if (!record.errors().isEmpty()) {
            return CsenetParseResult.failure(record.errors());
        }
        return parse(record.raw(), headerLayout);
    }

    public CsenetParseResult parse(String record, HeaderLayout headerLayout) {
        List<CsenetRecordError> errors = new ArrayList<>();
        try {
            TransmittalType t = parse(record == null ? "" : record, headerLayout, errors);
            return errors.isEmpty() ? CsenetParseResult.success(t) : CsenetParseResult.failure(errors);
        } catch (RuntimeException e) {
            // A defect in the codec must not stop a batch: report it against this record only.
            errors.add(new CsenetRecordError(CsenetErrorCode.INTERNAL, "record", 0,
                    "unexpected " + e.getClass().getSimpleName()));
            return CsenetParseResult.failure(errors);
        }
    }

    private TransmittalType parse(String record, HeaderLayout headerLayout, List<CsenetRecordError> errors) {
        checkAscii(record, errors);
        BlockLayout header = layout.header(headerLayout);
        if (record.length() < header.length()) {
            errors.add(new CsenetRecordError(CsenetErrorCode.RECORD_TRUNCATED, "record length",
                    record.length() + 1, "record is " + record.length() + " bytes, shorter than the "
                    + header.length() + "-byte " + headerLayout + " header"));
            return null;
        }
        FieldReader h = new FieldReader(record, header, 0, "", errors);
        Map<CsenetBlock, Integer> counts = counts(h);
        if (counts == null || !checkLength(record, header.length(), counts, errors)) {
            return null;
        }

        TransmittalType t = new TransmittalType();
        t.setHeader(header(h, headerLayout));
        int offset = header.length();
        for (CsenetBlock block : CsenetBlock.dataBlocks()) {
            BlockLayout blockLayout = layout.block(block);
            for (int n = 1; n <= counts.get(block); n++) {
                String label = block.maxCount() > 1 ? block.displayName() + " " + n : block.displayName();
                FieldReader r = new FieldReader(record, blockLayout, offset, label, errors);
                switch (block) {
                    case CASE -> t.setCase(DataBlockDecoder.caseBlock(r));
                    case NCP_IDENTIFICATION -> t.setNcpIdentification(DataBlockDecoder.ncpIdentification(r));
                    case NCP_LOCATE -> t.setNcpLocate(DataBlockDecoder.ncpLocate(r));
                    case PARTICIPANT -> t.getParticipant().add(DataBlockDecoder.participant(r));
                    case ORDER -> t.getOrder().add(DataBlockDecoder.order(r));
                    case COLLECTION -> t.getCollection().add(DataBlockDecoder.collection(r));
                    case INFORMATION -> t.setInformation(DataBlockDecoder.information(r));
                    default -> throw new IllegalStateException(block.name());
                }
                offset += blockLayout.length();
            }
        }
        return t;
    }

    private static void checkAscii(String record, List<CsenetRecordError> errors) {
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                errors.add(new CsenetRecordError(CsenetErrorCode.NOT_ASCII, "record", i + 1,
                        "byte outside printable ASCII"));
                return; // one is enough to reject; the position helps find it
            }
        }
    }

    /** The block indicators, or null (with errors) when one is not a digit or exceeds its block's maximum. */
    private static Map<CsenetBlock, Integer> counts(FieldReader h) {
        Map<CsenetBlock, Integer> counts = new EnumMap<>(CsenetBlock.class);
        boolean ok = true;
        for (Map.Entry<CsenetBlock, String> e : INDICATORS.entrySet()) {
            CsenetBlock block = e.getKey();
            String field = e.getValue();
            Integer count = h.integer(field);
            if (count == null) {
                if (h.raw(field).isBlank()) {
                    h.error(CsenetErrorCode.NOT_NUMERIC, field, "block indicator blank");
                }
                ok = false;
            } else if (count > block.maxCount()) {
                h.error(CsenetErrorCode.COUNTS_DISAGREE, field, "at most " + block.maxCount() + " "
                        + block.displayName() + " block(s) allowed");
                ok = false;
            } else {
                counts.put(block, count);
            }
        }
        return ok ? counts : null;
    }

    /**
     * Compares the record length with what the indicators announce. A record with bytes left over is longer than
     * announced. A record short by a whole number of blocks of one announced type has counts that disagree with
     * its length (e.g. "3 participants" but only 2 follow); any other shortfall means it was truncated.
     */
    private boolean checkLength(String record, int headerLength, Map<CsenetBlock, Integer> counts,
            List<CsenetRecordError> errors) {
        int announced = headerLength;
        for (CsenetBlock block : CsenetBlock.dataBlocks()) {
            announced += counts.get(block) * layout.length(block);
        }
        int actual = record.length();
        if (actual == announced) {
            return true;
        }
        String lengths = "record is " + actual + " bytes, the header's block indicators announce " + announced;
        if (actual > announced) {
            errors.add(new CsenetRecordError(CsenetErrorCode.RECORD_TOO_LONG, "record length", announced + 1,
                    lengths));
            return false;
        }
        int shortfall = announced - actual;
        for (CsenetBlock block : CsenetBlock.dataBlocks()) {
            int length = layout.length(block);
            if (shortfall % length == 0 && shortfall / length <= counts.get(block)) {
                errors.add(new CsenetRecordError(CsenetErrorCode.COUNTS_DISAGREE, "record length", actual + 1,
                        lengths + ": " + shortfall / length + " " + block.displayName() + " block(s) short"));
                return false;
            }
        }
        errors.add(new CsenetRecordError(CsenetErrorCode.RECORD_TRUNCATED, "record length", actual + 1,
                lengths + ": it ends inside " + blockAt(actual, headerLength, counts)));
        return false;
    }

    /** Which block occurrence the 0-based index falls in, for messages. */
    private String blockAt(int index, int headerLength, Map<CsenetBlock, Integer> counts) {
        int end = headerLength;
        for (CsenetBlock block : CsenetBlock.dataBlocks()) {
            for (int n = 1; n <= counts.get(block); n++) {
                end += layout.length(block);
                if (index < end) {
                    return block.displayName() + " block " + n + " of " + counts.get(block);
                }
            }
        }
        return "the record";
    }

    private static HeaderType header(FieldReader h, HeaderLayout headerLayout) {
        String local = requiredLocator(h, "Local-FIPS-State", "Local-FIPS-County", "Local-FIPS-Sub");
        String other = requiredLocator(h, "Other-FIPS-State", "Other-FIPS-County", "Other-FIPS-Sub");
        String caseId = CaseIds.read(h, "Case-ID");
        String otherCaseId = CaseIds.read(h, "Other-Case-ID");

        HeaderType header = new HeaderType();
        SenderType sender = new SenderType();
        sender.setKind(SenderKind.STATE_IV_D_AGENCY);
        header.setSender(sender);
        if (headerLayout == HeaderLayout.RECEIVED) {
            header.setReceiverLocatorCode(local);
            sender.setLocatorCode(other);
            header.setReceiverCaseId(caseId);
            header.setSenderCaseId(otherCaseId);
        } else {
            sender.setLocatorCode(local);
            header.setReceiverLocatorCode(other);
            header.setSenderCaseId(caseId);
            header.setReceiverCaseId(otherCaseId);
        }
        header.setCsenetVersion(h.digits("CSENet-Version-Number"));
        header.setTransactionSerialNumber(serialNumber(h));
        header.setActionCode(required(h, "Action-Code", ActionCode::fromValue));
        header.setFunctionalType(required(h, "Functional-Type-Code", FunctionalType::fromValue));
        header.setTransactionDate(h.require(h.date("Transaction-Date"), "Transaction-Date"));
        header.setActionReason(actionReason(h));
        header.setActionResolutionDate(h.date("Action-Resolution-Date"));
        header.setAttachmentsIndicator(h.yesNo("Attachments-Ind."));
        header.setCsenetErrorReasonCode(h.text("Error-Reason-Code"));
        header.setCsenetTransactionType(h.text("Transaction-Type"));
        if (headerLayout == HeaderLayout.RECEIVED) {
            header.setCsenetDelivery(delivery(h));
        } else {
            checkSentTail(h);
        }
        return header;
    }

    private static String requiredLocator(FieldReader h, String state, String county, String sub) {
        String locator = h.locator(state, county, sub);
        if ((h.raw(state) + h.raw(county) + h.raw(sub)).isBlank()) {
            h.error(CsenetErrorCode.REQUIRED_MISSING, state, "required");
        }
        return locator;
    }

    private static <E> E required(FieldReader h, String field, Function<String, E> fromValue) {
        return h.require(h.code(field, fromValue), field);
    }

    private static String serialNumber(FieldReader h) {
        String serial = h.require(h.digits("Transaction-Serial-Number"), "Transaction-Serial-Number");
        if (serial != null && FieldReader.isZeros(serial)) {
            h.error(CsenetErrorCode.INVALID_VALUE, "Transaction-Serial-Number", "must be at least 1");
            return null;
        }
        return serial;
    }

    private static String actionReason(FieldReader h) {
        String reason = h.text("Action-Reason");
        if (reason != null && !ACTION_REASON.matcher(reason).matches()) {
            h.error(CsenetErrorCode.INVALID_VALUE, "Action-Reason", "must be 5 capital letters or digits");
            return null;
        }
        return reason;
    }

    /**
     * Positions 97-121 of a received record: what the CSENet server wrote when it delivered it, kept in
     * {@code Header/CsenetDelivery} so the record can be written back unchanged. Null when all of it is blank or zeros.
     */
    private static CsenetDeliveryType delivery(FieldReader h) {
        CsenetDeliveryType d = new CsenetDeliveryType();
        d.setDateReceived(h.date("Date-Received"));
        d.setTimeReceived(h.time("Time-Received"));
        d.setProcessingComplete(h.text("Processing-Complete"));
        d.setAttachmentsDueDate(h.date("Attachments-Due-Date"));
        d.setSentToStateHost(h.text("Sent-To-State-Host"));
        d.setInterstateFormsPrinted(h.text("Interstate-Forms-Printed"));
        boolean empty = d.getDateReceived() == null && d.getTimeReceived() == null && d.getProcessingComplete() == null
                && d.getAttachmentsDueDate() == null && d.getSentToStateHost() == null
                && d.getInterstateFormsPrinted() == null;
        return empty ? null : d;
    }

    /** Positions 97-127 of a sent record carry the sender's own stamps; they must still be well formed. */
    private static void checkSentTail(FieldReader h) {
        h.date("Sent-Date");
        h.digits("Sent-Time");
        h.date("Due-Date");
        h.date("Response-Date");
        h.digits("Overdue-Ind");
    }

    private static Map<CsenetBlock, String> indicators() {
        Map<CsenetBlock, String> m = new EnumMap<>(CsenetBlock.class);
        m.put(CsenetBlock.CASE, "Case-Data-Ind.");
        m.put(CsenetBlock.NCP_IDENTIFICATION, "NCP-Identification-Ind.");
        m.put(CsenetBlock.NCP_LOCATE, "NCP-Locate-Data-Ind.");
        m.put(CsenetBlock.PARTICIPANT, "Participant-Data-Ind.");
        m.put(CsenetBlock.ORDER, "Order-Data-Ind.");
        m.put(CsenetBlock.COLLECTION, "Collection-Data-Ind.");
        m.put(CsenetBlock.INFORMATION, "Information-Ind.");
        return m;
    }
}
