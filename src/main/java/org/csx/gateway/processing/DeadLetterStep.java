package org.csx.gateway.processing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.ledger.StatusChange;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message that failed on every delivery: it goes to the dead-letter queue with its cause in
 * headers, and the ledger says so, so staff can see it and replay it.
 */
public class DeadLetterStep {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterStep.class);
    public static final String FAILURE_CAUSE = "csxFailureCause";
    public static final String FAILURE_ROUTE = "csxFailedRoute";
    public static final String FAILED_AT = "csxFailedAt";

    private final TransmittalLedger ledger;

    public DeadLetterStep(TransmittalLedger ledger) {
        this.ledger = ledger;
    }

    public void deadLetter(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String description = cause == null ? "unknown failure" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        String route = exchange.getFromRouteId();
        var message = exchange.getMessage();
        message.setHeader(FAILURE_CAUSE, description);
        message.setHeader(FAILURE_ROUTE, route);
        message.setHeader(FAILED_AT, OffsetDateTime.now().toString());
        String trackingId = message.getHeader(IntakeMessages.TRACKING_ID, String.class);
        log.error("Dead-lettering message {} from route {} after {} deliveries: {}", trackingId, route,
                message.getHeader("JMSXDeliveryCount"), description);
        UUID id = parse(trackingId);
        if (id != null) {
            ledger.advance(id, List.of(new StatusChange(TransmittalStatus.DEAD_LETTERED, description)), null, description);
        }
    }

    private static UUID parse(String trackingId) {
        try {
            return trackingId == null ? null : UUID.fromString(trackingId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
