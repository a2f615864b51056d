package org.csx.gateway.processing;

import org.csx.gateway.contract.MessageHeaders;

import java.time.OffsetDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.csx.gateway.intake.IntakeMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message that failed on every delivery goes to the dead-letter queue with its cause in headers. This step
 * writes nothing to the database (the database may be why it failed): the dead-letter recorder
 * (routes/dead-letters.yaml) records it for staff, and marks the transmittal DEAD_LETTERED, once the
 * database takes it.
 */
public class DeadLetterStep {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterStep.class);

    public void deadLetter(Exchange exchange) {
        // the message as the route received it, never what a step made of it (a claimed intake message's body
        // is the transmittal, in clear)
        Message received = exchange.getProperty(MessageHeaders.RECEIVED_MESSAGE, Message.class);
        if (received != null) {
            exchange.setMessage(received);
        }
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String description = describe(cause);
        String route = exchange.getFromRouteId();
        var message = exchange.getMessage();
        message.setHeader(MessageHeaders.FAILURE_CAUSE, description);
        message.setHeader(MessageHeaders.FAILED_ROUTE, route);
        message.setHeader(MessageHeaders.FAILED_AT, OffsetDateTime.now().toString());
        // the duplicate id of the failed message would make the broker drop its dead letter as a copy
        message.removeHeader(MessageHeaders.DUPLICATE_ID);
        log.error("Dead-lettering message {} from route {} after {} deliveries: {}",
                message.getHeader(MessageHeaders.TRACKING_ID), route, message.getHeader("JMSXDeliveryCount"), description);
    }

    /**
     * The exception's type and our own message; a database driver's text is left out (PostgreSQL's detail can
     * quote the row's values, personal data among them).
     */
    static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown failure";
        }
        Throwable reported = cause;
        while (reported.getCause() != null && reported.getCause() != reported
                && !(reported instanceof CorruptIntakeMessageException) && !(reported instanceof MissingLedgerRowException)) {
            reported = reported.getCause();
        }
        boolean ours = reported instanceof CorruptIntakeMessageException || reported instanceof MissingLedgerRowException
                || reported.getClass().getName().startsWith("org.csx.");
        return ours ? reported.getClass().getSimpleName() + ": " + reported.getMessage()
                : reported.getClass().getSimpleName() + " (in " + cause.getClass().getSimpleName() + ")";
    }
}
