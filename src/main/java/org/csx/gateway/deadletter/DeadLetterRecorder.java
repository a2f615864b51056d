package org.csx.gateway.deadletter;

import org.csx.gateway.contract.MessageHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.csx.gateway.ledger.StatusChange;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every message that reaches the dead-letter queue (routes/dead-letters.yaml), so that a dead letter
 * is an item for staff and never a silent end: one row per message in {@code dead_letter}, and the transmittal
 * it is about marked DEAD_LETTERED in the ledger. While the database is down this fails and the broker keeps
 * the message (the dead-letter queue retries without limit, with back-off), so it is recorded once the
 * database is back. A message naming a transmittal the ledger does not hold keeps its body for staff.
 */
@Component
public class DeadLetterRecorder {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecorder.class);
    static final String PROCESSING_ROUTE = "transmittal-processing";

    /** Why a message is dead. */
    enum Problem {
        /** Processing kept failing on it. */
        PROCESSING_FAILED,
        /** It names a transmittal the ledger does not hold. */
        NO_LEDGER_ROW,
        /** The broker gave up redelivering it (no cause recorded by a route). */
        DELIVERY_ATTEMPTS_EXHAUSTED
    }

    private final JdbcTemplate jdbc;
    private final TransmittalLedger ledger;
    private final TransactionTemplate transaction;
    private final PersonalDataCipher cipher;
    private final ObjectMapper json = new ObjectMapper();

    public DeadLetterRecorder(JdbcTemplate jdbc, TransmittalLedger ledger, PlatformTransactionManager transactionManager,
                              PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public void record(Exchange exchange) {
        var message = exchange.getMessage();
        String messageKey = message.getHeader("JMSMessageID", String.class);
        if (messageKey == null) {
            messageKey = "no-message-id-" + UUID.randomUUID();
        }
        String cause = message.getHeader(MessageHeaders.FAILURE_CAUSE, String.class);
        String route = message.getHeader(MessageHeaders.FAILED_ROUTE, String.class);
        OffsetDateTime failedAt = time(message.getHeader(MessageHeaders.FAILED_AT, String.class));
        UUID trackingId = uuid(message.getHeader(MessageHeaders.TRACKING_ID, String.class));
        Map<String, String> headers = new TreeMap<>();
        message.getHeaders().forEach((name, value) -> {
            if (name.startsWith("csx") && value != null) {
                headers.put(name, value.toString());
            }
        });
        String body = message.getBody(String.class);
        String key = messageKey;
        transaction.executeWithoutResult(tx -> {
            boolean known = trackingId != null && ledger.exists(trackingId);
            Problem problem = cause == null ? Problem.DELIVERY_ATTEMPTS_EXHAUSTED
                    : (message.getHeader(MessageHeaders.TRACKING_ID) != null && !known) ? Problem.NO_LEDGER_ROW
                    : Problem.PROCESSING_FAILED;
            // An intake message's body is the transmittal the ledger already holds: not kept twice.
            String keptBody = known && PROCESSING_ROUTE.equals(route) ? null : body;
            int inserted = jdbc.update("""
                    INSERT INTO dead_letter (message_key, tracking_id, problem, failed_route, cause, failed_at, headers, body)
                    VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                    ON CONFLICT (message_key) DO NOTHING
                    """, key, known ? trackingId : null, problem.name(), route, cause,
                    failedAt == null ? null : Timestamp.from(failedAt.toInstant()), toJson(headers),
                    keptBody == null ? null : cipher.seal(keptBody, context(key)));
            if (known) {
                String reason = cause == null ? "the broker gave up delivering it" : cause;
                ledger.advance(trackingId, List.of(new StatusChange(TransmittalStatus.DEAD_LETTERED, reason)), null, reason);
            }
            if (inserted > 0) {
                log.warn("Dead letter recorded for staff: {} from route {} (transmittal {})", problem, route, trackingId);
            }
        });
    }

    /** A dead letter's body is personal data (a transmittal, a referral): sealed, bound to its message. */
    public static String context(String messageKey) {
        return "dead_letter/" + messageKey;
    }

    private String toJson(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime time(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static UUID uuid(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
