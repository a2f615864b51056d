package org.csx.gateway.deadletter;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.csx.gateway.audit.StaffActions;
import org.csx.gateway.config.CsxProperties;
import org.csx.gateway.intake.IntakeMessages;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.outbox.OutboundMessage;
import org.csx.gateway.outbox.Outbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dead letters as staff work them: the open ones with their cause, and the two ways to end one.
 * <ul>
 *   <li>Replay (after the cause was fixed): the transmittal it is about goes back to RECEIVED in the ledger and is
 *       put on the intake queue again through the outbox, under a fresh duplicate id; processing then decides from
 *       the ledger as for any transmittal. Only a dead letter about a transmittal the ledger holds can be replayed:
 *       processing works from the ledger row, never from a dead letter's body.</li>
 *   <li>Close with a reason: nothing is sent; the reason and who gave it are kept.</li>
 * </ul>
 * Either is one database transaction with the staff action's record, and only an OPEN dead letter changes.
 */
@Component
public class DeadLetters {

    /** A dead letter as staff see it: no body, no personal data. */
    public record DeadLetter(long id, UUID trackingId, String problem, String failedRoute, String cause,
                             OffsetDateTime failedAt, OffsetDateTime recordedAt, String status, String partnerId,
                             OffsetDateTime resolvedAt, String resolvedBy, String resolution) {

        /** Whether replaying can help: it names a transmittal the ledger holds. */
        public boolean replayable() {
            return trackingId != null && "OPEN".equals(status);
        }
    }

    /** Why a dead letter could not be replayed or closed now; nothing was changed. */
    public static class DeadLetterRefused extends RuntimeException {
        DeadLetterRefused(String message) {
            super(message);
        }
    }

    private static final String COLUMNS = """
            id, tracking_id, problem, failed_route, cause, failed_at, recorded_at, status, headers->>'csxPartnerId',
            resolved_at, resolved_by, resolution""";

    private final JdbcTemplate jdbc;
    private final TransmittalLedger ledger;
    private final Outbox outbox;
    private final StaffActions actions;
    private final TransactionTemplate transaction;
    private final String intakeQueue;

    public DeadLetters(JdbcTemplate jdbc, TransmittalLedger ledger, Outbox outbox, StaffActions actions,
                       PlatformTransactionManager transactionManager, CsxProperties properties) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.outbox = outbox;
        this.actions = actions;
        this.transaction = new TransactionTemplate(transactionManager);
        this.intakeQueue = properties.getQueues().getIntake();
    }

    /** Open dead letters, oldest first. */
    public List<DeadLetter> open(int limit) {
        return open(limit, 0);
    }

    /** One page of the open dead letters, oldest first. */
    public List<DeadLetter> open(int limit, long offset) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letter WHERE status = 'OPEN' ORDER BY recorded_at, id "
                + "LIMIT ? OFFSET ?", DeadLetters::row, limit, offset);
    }

    public long openCount() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM dead_letter WHERE status = 'OPEN'", Long.class);
        return n == null ? 0 : n;
    }

    /** Every dead letter about a transmittal (for its case page). */
    public List<DeadLetter> about(UUID trackingId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letter WHERE tracking_id = ? ORDER BY id",
                DeadLetters::row, trackingId);
    }

    public Optional<DeadLetter> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?", DeadLetters::row, id).stream().findFirst();
    }

    /** Replays the dead letter's transmittal, as the staff member. */
    public void replay(long id, String staff) {
        transaction.executeWithoutResult(tx -> {
            DeadLetter letter = lockOpen(id);
            if (letter.trackingId() == null) {
                throw new DeadLetterRefused("Dead letter " + id + " names no transmittal the ledger holds: "
                        + "there is nothing to process again. Close it with a reason.");
            }
            UUID trackingId = letter.trackingId();
            TransmittalView view = ledger.find(trackingId).orElseThrow(
                    () -> new DeadLetterRefused("No transmittal " + trackingId + "."));
            if (view.status() != TransmittalStatus.DEAD_LETTERED) {
                throw new DeadLetterRefused("Transmittal " + trackingId + " is " + view.status()
                        + ", not dead-lettered: close this dead letter instead.");
            }
            if (ledger.rawMessage(trackingId).isEmpty()) {
                throw new DeadLetterRefused("The transmittal's message was purged; it cannot be processed again.");
            }
            if (!ledger.replay(trackingId, "replayed from dead letter " + id + " by " + staff)) {
                throw new DeadLetterRefused("Transmittal " + trackingId + " changed meanwhile: nothing was changed.");
            }
            // A fresh key per replay: the broker's duplicate cache may still hold the first queueing's id.
            outbox.stage(new OutboundMessage(intakeQueue, "replay-" + id + "-" + UUID.randomUUID(), "REPLAY",
                    trackingId, IntakeMessages.pointer(trackingId.toString()), IntakeMessages.requeueHeaders(view)));
            resolve(id, "REPLAYED", staff, "replayed: transmittal put on the intake queue again");
            actions.record(staff, "REPLAY_DEAD_LETTER", "dead_letter", String.valueOf(id),
                    "transmittal " + trackingId + " put on the intake queue again");
        });
    }

    /** Closes the dead letter with the staff member's reason; nothing is sent. */
    public void close(long id, String reason, String staff) {
        if (reason == null || reason.isBlank()) {
            throw new DeadLetterRefused("Give the reason for closing the dead letter.");
        }
        String why = reason.strip();
        transaction.executeWithoutResult(tx -> {
            lockOpen(id);
            resolve(id, "CLOSED", staff, why);
            actions.record(staff, "CLOSE_DEAD_LETTER", "dead_letter", String.valueOf(id), why);
        });
    }

    private DeadLetter lockOpen(long id) {
        DeadLetter letter = jdbc.query("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ? FOR UPDATE",
                DeadLetters::row, id).stream().findFirst()
                .orElseThrow(() -> new DeadLetterRefused("No dead letter " + id + "."));
        if (!"OPEN".equals(letter.status())) {
            throw new DeadLetterRefused("Dead letter " + id + " is already " + letter.status() + " (by "
                    + letter.resolvedBy() + "): nothing was changed.");
        }
        return letter;
    }

    private void resolve(long id, String status, String staff, String resolution) {
        jdbc.update("UPDATE dead_letter SET status = ?, resolved_at = now(), resolved_by = ?, resolution = ? WHERE id = ?",
                status, staff, resolution.length() > 1000 ? resolution.substring(0, 1000) : resolution, id);
    }

    private static DeadLetter row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new DeadLetter(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class),
                rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class), rs.getString(11),
                rs.getString(12));
    }
}
