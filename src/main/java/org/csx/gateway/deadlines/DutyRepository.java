package org.csx.gateway.deadlines;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.csx.gateway.database.StagedStatements;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The duty table. Opening is idempotent (one duty per tracking id and kind); completing only changes an open
 * duty. The jobs claim their rows with {@code FOR UPDATE SKIP LOCKED} inside a transaction, so two gateway
 * instances never act on the same duty.
 */
public class DutyRepository {

    private static final String COLUMNS = "id, tracking_id, kind, trigger_event, triggered_at, due_date, escalate_on, "
            + "remind_on, reminder_sent_at, escalated_at, completed_at, completion";

    private final JdbcTemplate jdbc;
    private final DutyClocks clocks;

    public DutyRepository(JdbcTemplate jdbc, DutyClocks clocks) {
        this.jdbc = jdbc;
        this.clocks = clocks;
    }

    /** A duty to open: {@code completion} non-null records it done at the same time. */
    public record Opening(UUID trackingId, DutyKind kind, String triggerEvent, Instant triggeredAt, String completion) {
    }

    private static final String OPEN = """
            INSERT INTO duty (tracking_id, kind, trigger_event, triggered_at, due_date, escalate_on, remind_on,
                              completed_at, completion)
            VALUES (?, ?, ?, ?, ?, ?, ?, CASE WHEN CAST(? AS text) IS NULL THEN NULL ELSE now() END, CAST(? AS text))
            ON CONFLICT (tracking_id, kind) DO NOTHING
            """;

    /** Opens the duty (once); {@code completion} non-null records it done at the same time. */
    public void open(UUID trackingId, DutyKind kind, String triggerEvent, Instant triggeredAt, String completion) {
        open(List.of(new Opening(trackingId, kind, triggerEvent, triggeredAt, completion)));
    }

    /**
     * Opens each duty (once). Staged in a transaction ({@link StagedStatements}): a batch of transmittals opens its
     * duties in one round trip to PostgreSQL.
     */
    public void open(List<Opening> openings) {
        StagedStatements.stage(jdbc, OPEN, openings.stream().map(this::row).toList());
    }

    private Object[] row(Opening o) {
        DutyClocks.Schedule schedule = clocks.schedule(o.kind(), o.triggeredAt());
        return new Object[] {o.trackingId(), o.kind().name(), o.triggerEvent(), Timestamp.from(o.triggeredAt()),
                Date.valueOf(schedule.dueDate()), schedule.escalateOn() == null ? null : Date.valueOf(schedule.escalateOn()),
                schedule.remindOn() == null ? null : Date.valueOf(schedule.remindOn()), o.completion(), o.completion()};
    }

    /** @return true if the duty was open and is now done */
    public boolean complete(UUID trackingId, DutyKind kind, String completion) {
        return jdbc.update("UPDATE duty SET completed_at = now(), completion = ? "
                + "WHERE tracking_id = ? AND kind = ? AND completed_at IS NULL", completion, trackingId, kind.name()) == 1;
    }

    public void complete(long dutyId, String completion) {
        jdbc.update("UPDATE duty SET completed_at = now(), completion = ? WHERE id = ? AND completed_at IS NULL",
                completion, dutyId);
    }

    public Optional<Duty> find(UUID trackingId, DutyKind kind) {
        return jdbc.query("SELECT " + COLUMNS + " FROM duty WHERE tracking_id = ? AND kind = ?",
                DutyRepository::duty, trackingId, kind.name()).stream().findFirst();
    }

    public List<Duty> forCase(UUID trackingId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM duty WHERE tracking_id = ? ORDER BY id", DutyRepository::duty,
                trackingId);
    }

    /** Open duties due before the date (exclusive), soonest first. */
    public List<Duty> openDueBefore(LocalDate date, int limit) {
        return openDueBefore(date, limit, 0);
    }

    /** One page of the open duties due before the date (exclusive), soonest first. */
    public List<Duty> openDueBefore(LocalDate date, int limit, long offset) {
        return jdbc.query("SELECT " + COLUMNS + " FROM duty WHERE completed_at IS NULL AND due_date < ? "
                + "ORDER BY due_date, id LIMIT ? OFFSET ?", DutyRepository::duty, Date.valueOf(date), limit, offset);
    }

    public long countOpenDueBefore(LocalDate date) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM duty WHERE completed_at IS NULL AND due_date < ?", Long.class,
                Date.valueOf(date));
        return n == null ? 0 : n;
    }

    /** Claims open duties whose escalation day has come and that were not escalated (call in a transaction). */
    public List<Duty> claimForEscalation(LocalDate today, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM duty WHERE completed_at IS NULL AND escalated_at IS NULL "
                + "AND escalate_on <= ? ORDER BY due_date, id LIMIT ? FOR UPDATE SKIP LOCKED",
                DutyRepository::duty, Date.valueOf(today), limit);
    }

    /** Claims open duties whose reminder day has come and whose reminder was not sent (call in a transaction). */
    public List<Duty> claimForReminder(LocalDate today, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM duty WHERE completed_at IS NULL AND reminder_sent_at IS NULL "
                + "AND remind_on <= ? ORDER BY remind_on, id LIMIT ? FOR UPDATE SKIP LOCKED",
                DutyRepository::duty, Date.valueOf(today), limit);
    }

    /** Claims open periods of these kinds that ended before the date (call in a transaction). */
    public List<Duty> claimExpired(java.util.Set<DutyKind> kinds, LocalDate today, int limit) {
        return claimPastDue(kinds, today, limit, "");
    }

    /**
     * Claims open duties of these kinds past their due date whose reminder was not sent (call in a transaction): the
     * initiating side's clocks, which remind once when overdue.
     */
    public List<Duty> claimOverdue(java.util.Set<DutyKind> kinds, LocalDate today, int limit) {
        return claimPastDue(kinds, today, limit, "AND reminder_sent_at IS NULL ");
    }

    private List<Duty> claimPastDue(java.util.Set<DutyKind> kinds, LocalDate today, int limit, String condition) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        String[] names = kinds.stream().map(Enum::name).toArray(String[]::new);
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM duty WHERE completed_at IS NULL "
                    + condition + "AND due_date < ? AND kind = ANY (?) ORDER BY due_date, id LIMIT ? FOR UPDATE SKIP LOCKED");
            statement.setDate(1, Date.valueOf(today));
            statement.setArray(2, connection.createArrayOf("varchar", names));
            statement.setInt(3, limit);
            return statement;
        }, DutyRepository::duty);
    }

    public void markEscalated(long dutyId, Instant at) {
        jdbc.update("UPDATE duty SET escalated_at = ? WHERE id = ?", Timestamp.from(at), dutyId);
    }

    public void markReminded(long dutyId, Instant at) {
        jdbc.update("UPDATE duty SET reminder_sent_at = ? WHERE id = ?", Timestamp.from(at), dutyId);
    }

    private static Duty duty(ResultSet rs, int row) throws SQLException {
        return new Duty(rs.getLong("id"), rs.getObject("tracking_id", UUID.class), DutyKind.valueOf(rs.getString("kind")),
                rs.getString("trigger_event"), rs.getObject("triggered_at", OffsetDateTime.class),
                rs.getObject("due_date", LocalDate.class), rs.getObject("escalate_on", LocalDate.class),
                rs.getObject("remind_on", LocalDate.class), rs.getObject("reminder_sent_at", OffsetDateTime.class),
                rs.getObject("escalated_at", OffsetDateTime.class), rs.getObject("completed_at", OffsetDateTime.class),
                rs.getString("completion"));
    }
}
