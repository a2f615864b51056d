package org.csx.gateway.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * Names of what an intake-queue message carries besides the raw transmittal: the headers every later
 * route relies on. Artemis duplicate detection (_AMQ_DUPL_ID) keeps a transmittal on the intake queue
 * once, even when the recovery job puts it there again.
 */
public final class IntakeMessages {

    public static final String TRACKING_ID = "csxTrackingId";
    public static final String PARTNER_ID = "csxPartnerId";
    public static final String CHANNEL = "csxChannel";
    public static final String SERIAL_NUMBER = "csxTransactionSerialNumber";
    public static final String RECEIVED_AT = "csxReceivedAt";
    public static final String RESENT = "csxResent";
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    public static final String RESULT = "csxIntakeResult";
    public static final String PARTNER = "csxPartner";
    public static final String RAW_TRANSMITTAL = "csxRawTransmittal";

    private IntakeMessages() {
    }

    static void describe(Exchange exchange, IntakeResult result, String raw) {
        exchange.setProperty(RESULT, result);
        exchange.setProperty(RAW_TRANSMITTAL, raw);
        exchange.getMessage().getHeaders().putAll(headers(result));
    }

    /**
     * The headers of the intake-queue message for a stored transmittal, whatever the channel: the SOAP route
     * sets them on its exchange, the CSENet file channel on the JMS messages it sends.
     */
    public static Map<String, Object> headers(IntakeResult result) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(TRACKING_ID, result.receipt().trackingId().toString());
        headers.put(PARTNER_ID, result.partner().id());
        headers.put(CHANNEL, result.channel());
        headers.put(SERIAL_NUMBER, result.envelope().transactionSerialNumber());
        headers.put(RECEIVED_AT, result.receipt().receivedAt().toString());
        headers.put(RESENT, result.resent());
        headers.put(DUPLICATE_ID, intakeDuplicateId(result.receipt().trackingId().toString()));
        return headers;
    }

    public static String intakeDuplicateId(String trackingId) {
        return "intake-" + trackingId;
    }
}
