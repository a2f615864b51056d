package org.csx.gateway.outbox;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A message the gateway is to put on a queue because something it recorded changed.
 *
 * @param destination the queue, chosen from the directories by the caller (never from a message header)
 * @param dedupKey    unique per message: staging the same key again stages nothing, and the relay sends it as
 *                    the Artemis duplicate id
 * @param kind        what the message is, for the history (REFERRAL, ACKNOWLEDGMENT, REGISTRATION_PACKET, ...)
 * @param trackingId  the transmittal it is about, if any
 * @param body        the message text
 * @param headers     the message's properties (the gateway's csx* headers)
 */
public record OutboundMessage(String destination, String dedupKey, String kind, UUID trackingId, String body,
                              Map<String, String> headers) {

    /** Queue names are dotted lower-case words: anything else did not come from our directories. */
    private static final Pattern QUEUE_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9][a-z0-9_-]*)*");

    public OutboundMessage {
        if (destination == null || destination.length() > 200 || !QUEUE_NAME.matcher(destination).matches()) {
            throw new IllegalArgumentException("not a queue name the gateway sends to: " + destination);
        }
        if (dedupKey == null || dedupKey.isBlank() || dedupKey.length() > 200) {
            throw new IllegalArgumentException("a staged message needs a duplicate key of at most 200 characters");
        }
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("a staged message needs a kind");
        }
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
