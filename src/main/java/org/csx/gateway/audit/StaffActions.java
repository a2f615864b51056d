package org.csx.gateway.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only record of what staff did in the console (table staff_action, V60): routed an exception, replayed
 * or closed a dead letter. Written in the same database transaction as the action itself, so an action is never
 * without its record (and a failed action leaves none).
 */
@Component
public class StaffActions {

    /** One action as recorded. */
    public record StaffAction(long id, OffsetDateTime occurredAt, String actor, String action, String subjectKind,
                              String subjectId, String detail) {
    }

    private final JdbcTemplate jdbc;

    public StaffActions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String actor, String action, String subjectKind, String subjectId, String detail) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("a staff action needs the staff member who took it");
        }
        jdbc.update("INSERT INTO staff_action (actor, action, subject_kind, subject_id, detail) VALUES (?, ?, ?, ?, ?)",
                limit(actor, 200), limit(action, 64), limit(subjectKind, 40), limit(subjectId, 200), limit(detail, 1000));
    }

    /** The actions taken on one subject (a tracking id, a dead letter's id), oldest first. */
    public List<StaffAction> about(String subjectId) {
        return jdbc.query("""
                SELECT id, occurred_at, actor, action, subject_kind, subject_id, detail
                FROM staff_action WHERE subject_id = ? ORDER BY id""", (rs, i) -> new StaffAction(rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7)), subjectId);
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
