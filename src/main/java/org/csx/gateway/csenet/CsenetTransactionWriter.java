package org.csx.gateway.csenet;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;
import org.csx.gateway.contract.transmittal.CsenetDeliveryType;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.TransmittalType;

/**
 * Writes a transmittal as one CSENet transaction record (no line terminator): the header, then each block the
 * transmittal carries, in IGD order. The header's block indicators are computed from the blocks present.
 *
 * <p><b>Point of view</b> (the mirror of {@link CsenetTransactionParser}):
 * <ul>
 *   <li>{@code SENT} (127-byte header, what we send to the CSENet server): Local = {@code Sender/LocatorCode}
 *       (us, when we send), Other = {@code ReceiverLocatorCode} (the partner); Case-ID = {@code SenderCaseId},
 *       Other-Case-ID = {@code ReceiverCaseId}. A transmittal that state 36 sends to state 06 puts 36 in Local.
 *       Positions 97-127: Sent-Date and Sent-Time from {@code stampedAt}, Due-Date and Response-Date (reserved)
 *       zeros, Overdue-Ind "0".</li>
 *   <li>{@code RECEIVED} (121-byte header, as the server delivers it, e.g. for test files or replays): Local =
 *       {@code ReceiverLocatorCode}, Other = {@code Sender/LocatorCode}; Case-ID = {@code ReceiverCaseId},
 *       Other-Case-ID = {@code SenderCaseId}. Positions 97-121 from {@code Header/CsenetDelivery} when the
 *       transmittal was read from a CSENet file; otherwise Date-Received and Time-Received from {@code stampedAt},
 *       reserved flags blank, Attachments-Due-Date zeros.</li>
 * </ul>
 * So {@code parser.parse(writer.write(t, L), L)} gives back {@code t} for either layout.
 *
 * <p><b>What CSENet cannot carry is ignored:</b> Sender/Kind and Sender/Name, Sender/CountryCode and the
 * DocumentManifest. A sender without a locator code (a foreign authority) cannot be written and is an error.
 * CSENet-required header values the transmittal leaves out get their CSENet default: CSENet-Version-Number
 * "003" and Attachments-Ind "N".
 *
 * <p>Zero amounts are written as zeros, which CSENet reads as "absent": a 0.00 amount does not survive a round
 * trip. Values never get cut: anything that does not fit throws {@link CsenetWriteException} naming the field.
 * Thread-safe; share one instance.
 */
public final class CsenetTransactionWriter {
    public static final String DEFAULT_CSENET_VERSION = "003";
    private static final DateTimeFormatter HHMMSS = DateTimeFormatter.ofPattern("HHmmss");

    private final CsenetLayout layout;

    public CsenetTransactionWriter() {
        this(CsenetLayout.standard());
    }

    public CsenetTransactionWriter(CsenetLayout layout) {
        this.layout = layout;
    }

    /** Writes with the header's sent/received date and time left as zeros. */
    public String write(TransmittalType t, HeaderLayout headerLayout) {
        return write(t, headerLayout, null);
    }

    /**
     * @param stampedAt the Sent-Date/Sent-Time ({@code SENT}) or Date-Received/Time-Received ({@code RECEIVED});
     *                  null writes zeros
     * @throws CsenetWriteException when a value does not fit its field or the transmittal cannot be expressed
     */
    public String write(TransmittalType t, HeaderLayout headerLayout, LocalDateTime stampedAt) {
        if (t == null || t.getHeader() == null) {
            throw new CsenetWriteException("Header", "a transmittal with a header is required");
        }
        StringBuilder record = new StringBuilder(headerLayout.length() + 2048);
        record.append(header(t, headerLayout, stampedAt));
        one(record, CsenetBlock.CASE, t.getCase(), DataBlockEncoder::caseBlock);
        one(record, CsenetBlock.NCP_IDENTIFICATION, t.getNcpIdentification(), DataBlockEncoder::ncpIdentification);
        one(record, CsenetBlock.NCP_LOCATE, t.getNcpLocate(), DataBlockEncoder::ncpLocate);
        many(record, CsenetBlock.PARTICIPANT, t.getParticipant(), DataBlockEncoder::participant);
        many(record, CsenetBlock.ORDER, t.getOrder(), DataBlockEncoder::order);
        many(record, CsenetBlock.COLLECTION, t.getCollection(), DataBlockEncoder::collection);
        one(record, CsenetBlock.INFORMATION, t.getInformation(), DataBlockEncoder::information);
        return record.toString();
    }

    private String header(TransmittalType t, HeaderLayout headerLayout, LocalDateTime stampedAt) {
        HeaderType h = t.getHeader();
        FieldWriter w = new FieldWriter(layout.header(headerLayout), "");
        String sender = h.getSender() == null ? null : h.getSender().getLocatorCode();
        if (sender == null) {
            throw new CsenetWriteException("Header/Sender/LocatorCode", "CSENet needs the sender's FIPS locator code");
        }
        if (h.getReceiverLocatorCode() == null) {
            throw new CsenetWriteException("Header/ReceiverLocatorCode", "CSENet needs the receiver's FIPS locator code");
        }
        requireHeader(h.getTransactionSerialNumber(), "Header/TransactionSerialNumber");
        requireHeader(h.getActionCode(), "Header/ActionCode");
        requireHeader(h.getFunctionalType(), "Header/FunctionalType");
        requireHeader(h.getTransactionDate(), "Header/TransactionDate");
        boolean received = headerLayout == HeaderLayout.RECEIVED;
        w.locator("Local-FIPS-State", "Local-FIPS-County", "Local-FIPS-Sub",
                received ? h.getReceiverLocatorCode() : sender);
        w.locator("Other-FIPS-State", "Other-FIPS-County", "Other-FIPS-Sub",
                received ? sender : h.getReceiverLocatorCode());
        w.text("Case-ID", DataBlockEncoder.caseId(w, "Case-ID", received ? h.getReceiverCaseId() : h.getSenderCaseId()));
        w.text("Other-Case-ID", DataBlockEncoder.caseId(w, "Other-Case-ID",
                received ? h.getSenderCaseId() : h.getReceiverCaseId()));

        w.digits("CSENet-Version-Number", h.getCsenetVersion() == null ? DEFAULT_CSENET_VERSION : h.getCsenetVersion());
        w.digits("Transaction-Serial-Number", h.getTransactionSerialNumber());
        w.text("Action-Code", h.getActionCode() == null ? null : h.getActionCode().value());
        w.text("Functional-Type-Code", h.getFunctionalType() == null ? null : h.getFunctionalType().value());
        w.date("Transaction-Date", h.getTransactionDate());
        w.text("Action-Reason", h.getActionReason());
        w.date("Action-Resolution-Date", h.getActionResolutionDate());
        w.yesNo("Attachments-Ind.", h.isAttachmentsIndicator() == null ? Boolean.FALSE : h.isAttachmentsIndicator());
        w.text("Error-Reason-Code", h.getCsenetErrorReasonCode());
        w.text("Transaction-Type", h.getCsenetTransactionType());

        w.integer("Case-Data-Ind.", t.getCase() == null ? 0 : 1);
        w.integer("NCP-Identification-Ind.", t.getNcpIdentification() == null ? 0 : 1);
        w.integer("NCP-Locate-Data-Ind.", t.getNcpLocate() == null ? 0 : 1);
        w.integer("Participant-Data-Ind.", count(w, "Participant-Data-Ind.", t.getParticipant()));
        w.integer("Order-Data-Ind.", count(w, "Order-Data-Ind.", t.getOrder()));
        w.integer("Collection-Data-Ind.", count(w, "Collection-Data-Ind.", t.getCollection()));
        w.integer("Information-Ind.", t.getInformation() == null ? 0 : 1);

        String date = stampedAt == null ? null : stampedAt.toLocalDate().format(FieldReader.CCYYMMDD);
        String time = stampedAt == null ? "000000" : stampedAt.format(HHMMSS);
        if (received && h.getCsenetDelivery() != null) {
            // A record read from a CSENet file: what the server wrote goes back unchanged.
            CsenetDeliveryType d = h.getCsenetDelivery();
            w.date("Date-Received", d.getDateReceived());
            w.digits("Time-Received", d.getTimeReceived() == null ? "0" : d.getTimeReceived());
            w.text("Processing-Complete", d.getProcessingComplete());
            w.date("Attachments-Due-Date", d.getAttachmentsDueDate());
            w.text("Sent-To-State-Host", d.getSentToStateHost());
            w.text("Interstate-Forms-Printed", d.getInterstateFormsPrinted());
        } else if (received) {
            w.digits("Date-Received", date == null ? "0" : date);
            w.digits("Time-Received", time);
            w.date("Attachments-Due-Date", null);
        } else {
            w.digits("Sent-Date", date == null ? "0" : date);
            w.digits("Sent-Time", time);
            w.date("Due-Date", null);
            w.date("Response-Date", null);
            w.integer("Overdue-Ind", 0);
        }
        return w.toString();
    }

    private static void requireHeader(Object value, String element) {
        if (value == null) {
            throw new CsenetWriteException(element, "required by CSENet");
        }
    }

    private static int count(FieldWriter w, String field, List<?> blocks) {
        if (blocks.size() > 9) {
            throw w.fail(field, blocks.size() + " blocks given, CSENet carries at most 9");
        }
        return blocks.size();
    }

    private <T> void one(StringBuilder record, CsenetBlock block, T value, BiConsumer<FieldWriter, T> encoder) {
        if (value != null) {
            FieldWriter w = new FieldWriter(layout.block(block), block.displayName());
            encoder.accept(w, value);
            record.append(w);
        }
    }

    private <T> void many(StringBuilder record, CsenetBlock block, List<T> values,
            BiConsumer<FieldWriter, T> encoder) {
        for (int i = 0; i < values.size(); i++) {
            FieldWriter w = new FieldWriter(layout.block(block), block.displayName() + " " + (i + 1));
            encoder.accept(w, values.get(i));
            record.append(w);
        }
    }
}
