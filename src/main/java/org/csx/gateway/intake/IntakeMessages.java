package org.csx.gateway.intake;

import org.csx.gateway.contract.MessageHeaders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.csx.gateway.ledger.TransmittalView;

/**
 * What an intake-queue message carries: a pointer to the transmittal's ledger row, never the transmittal. Its body
 * is the tracking id ({@link #pointer}) and its properties the headers below. Processing reads the transmittal from
 * the ledger (processing.ClaimTransmittalStep), where it is sealed, so the broker's journal holds no personal data
 * for it; and the message is a few hundred bytes instead of the transmittal twice over (Artemis keeps a text
 * message as UTF-16). Artemis duplicate detection (_AMQ_DUPL_ID) keeps a transmittal on the intake queue
 * once, even when the recovery job puts it there again.
 */
public final class IntakeMessages {

    private IntakeMessages() {
    }

    public static void describe(Exchange exchange, IntakeResult result, String raw) {
        exchange.setProperty(MessageHeaders.INTAKE_RESULT, result);
        exchange.setProperty(MessageHeaders.RAW_TRANSMITTAL, raw);
        exchange.getMessage().getHeaders().putAll(headers(result));
    }

    /**
     * The headers of the intake-queue message for a stored transmittal, whatever the channel ({@link IntakeQueue}
     * sets them on a single pointer); the SOAP route also has them on its exchange, where it reads csxResent.
     */
    public static Map<String, Object> headers(IntakeResult result) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(MessageHeaders.TRACKING_ID, result.receipt().trackingId().toString());
        headers.put(MessageHeaders.PARTNER_ID, result.partner().id());
        headers.put(MessageHeaders.CHANNEL, result.channel());
        headers.put(MessageHeaders.SERIAL_NUMBER, result.envelope().transactionSerialNumber());
        headers.put(MessageHeaders.RECEIVED_AT, result.receipt().receivedAt().toString());
        headers.put(MessageHeaders.RESENT, result.resent());
        headers.put(MessageHeaders.DUPLICATE_ID, intakeDuplicateId(result.receipt().trackingId().toString()));
        return headers;
    }

    /**
     * The headers for a stored transmittal put on the intake queue again (the recovery job, a dead letter's replay),
     * from its ledger row. The duplicate-detection id is the caller's: a fresh one per queueing.
     */
    public static Map<String, String> requeueHeaders(TransmittalView row) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(MessageHeaders.TRACKING_ID, row.trackingId().toString());
        headers.put(MessageHeaders.PARTNER_ID, row.partnerId());
        headers.put(MessageHeaders.CHANNEL, row.channel());
        headers.put(MessageHeaders.SERIAL_NUMBER, row.transactionSerialNumber());
        headers.put(MessageHeaders.RECEIVED_AT, row.receivedAt().toString());
        return headers;
    }

    /** The body of an intake-queue message: the tracking id of the ledger row it points at. */
    public static String pointer(String trackingId) {
        return trackingId;
    }

    /**
     * An intake message for several stored transmittals at once (a CSENet chunk, or what the SOAP channel's
     * {@link IntakeQueuer} was handed meanwhile): its
     * body lists their tracking ids, one per line, and processing takes them in ONE database transaction
     * (routes/transmittal-processing.yaml). Its only headers are the count and a duplicate-detection id; each
     * transmittal's own facts are read from the ledger, as for a single pointer.
     */
    public static Map<String, Object> batchHeaders(List<String> trackingIds) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(MessageHeaders.INTAKE_BATCH, trackingIds.size());
        headers.put(MessageHeaders.DUPLICATE_ID, "intake-batch-" + trackingIds.get(0) + "-" + trackingIds.size());
        return headers;
    }

    public static String batchPointer(List<String> trackingIds) {
        return String.join("\n", trackingIds);
    }

    /** The tracking ids a batch pointer lists. */
    public static List<String> trackingIds(String batchPointer) {
        return batchPointer == null || batchPointer.isBlank() ? List.of()
                : List.of(batchPointer.strip().split("\\s+"));
    }

    public static String intakeDuplicateId(String trackingId) {
        return "intake-" + trackingId;
    }
}
