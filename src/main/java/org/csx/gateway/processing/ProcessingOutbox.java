package org.csx.gateway.processing;

import org.csx.gateway.contract.MessageHeaders;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.outbox.OutboundMessage;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.routing.OutboundQueues;

/**
 * The messages processing sends, staged in the outbox inside processing's database transaction (so they go
 * out if and only if the ledger records the outcome). Each destination comes from a directory: the sender's
 * queue by the partner id the ledger holds ({@link OutboundQueues}), the district's from the district the
 * resolver chose; never from a header. The message's properties are the exchange's csx* headers.
 */
public class ProcessingOutbox {

    private final Outbox outbox;
    private final OutboundQueues queues;
    private final String exceptionsQueue;

    public ProcessingOutbox(Outbox outbox, OutboundQueues queues, String exceptionsQueue) {
        this.outbox = outbox;
        this.queues = queues;
        this.exceptionsQueue = exceptionsQueue;
    }

    /** The rejection listing every violation, to the sender. */
    public void rejection(Exchange exchange) {
        toPartner(exchange, "REJECTION", "ack-");
    }

    /** The answer to a status inquiry, to the sender. */
    public void statusAnswer(Exchange exchange) {
        toPartner(exchange, "STATUS_ANSWER", "status-");
    }

    /** The acknowledgment saying where the case went, to the sender. */
    public void acknowledgment(Exchange exchange) {
        toPartner(exchange, "ACKNOWLEDGMENT", "ack-");
    }

    /** The district referral, to the district's queue. */
    public void referral(Exchange exchange) {
        TransmittalInProcess inProcess = exchange.getProperty(MessageHeaders.TRANSMITTAL, TransmittalInProcess.class);
        stage(exchange, inProcess.getDistrict().inboundQueue(), "REFERRAL", "referral-");
    }

    /** A valid transmittal no district could be chosen for, to registry staff. */
    public void routingException(Exchange exchange) {
        stage(exchange, exceptionsQueue, "ROUTING_EXCEPTION", "exception-");
    }

    private void toPartner(Exchange exchange, String kind, String keyPrefix) {
        String partnerId = exchange.getMessage().getHeader(MessageHeaders.PARTNER_ID, String.class);
        stage(exchange, queues.partner(partnerId), kind, keyPrefix);
    }

    private void stage(Exchange exchange, String destination, String kind, String keyPrefix) {
        String trackingId = exchange.getMessage().getHeader(MessageHeaders.TRACKING_ID, String.class);
        outbox.stage(new OutboundMessage(destination, keyPrefix + trackingId, kind, UUID.fromString(trackingId),
                exchange.getMessage().getBody(String.class), csxHeaders(exchange)));
    }

    private static Map<String, String> csxHeaders(Exchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getMessage().getHeaders().forEach((name, value) -> {
            if (name.startsWith("csx") && value != null && !MessageHeaders.RESENT.equals(name)) {
                headers.put(name, value.toString());
            }
        });
        return headers;
    }
}
