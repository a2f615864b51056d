package org.csx.gateway.intake;

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

    static final String RESULT = "csxIntakeResult";
    public static final String RAW_TRANSMITTAL = "csxRawTransmittal";

    private IntakeMessages() {
    }

    static void describe(Exchange exchange, IntakeResult result, String raw) {
        exchange.setProperty(RESULT, result);
        exchange.setProperty(RAW_TRANSMITTAL, raw);
        var message = exchange.getMessage();
        message.setHeader(TRACKING_ID, result.receipt().trackingId().toString());
        message.setHeader(PARTNER_ID, result.partner().id());
        message.setHeader(CHANNEL, result.channel());
        message.setHeader(SERIAL_NUMBER, result.envelope().transactionSerialNumber());
        message.setHeader(RECEIVED_AT, result.receipt().receivedAt().toString());
        message.setHeader(RESENT, result.resent());
        message.setHeader(DUPLICATE_ID, intakeDuplicateId(result.receipt().trackingId().toString()));
    }

    public static String intakeDuplicateId(String trackingId) {
        return "intake-" + trackingId;
    }
}
