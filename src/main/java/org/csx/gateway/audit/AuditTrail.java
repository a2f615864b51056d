package org.csx.gateway.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The append-only record of personal data read through the API (table personal_data_access, V20). The table's
 * triggers refuse UPDATE, DELETE and TRUNCATE, so this class can only add and read.
 */
public class AuditTrail {

    static final int MAX_ROWS = 1000;

    private final JdbcTemplate jdbc;

    public AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Instant at, String actor, String action, String subjectKind, String subjectId, String purpose,
                       String clientAddress) {
        jdbc.update("""
                INSERT INTO personal_data_access (occurred_at, actor, action, subject_kind, subject_id, purpose, client_address)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(at), limit(actor, 200), limit(action, 200), limit(subjectKind, 40),
                limit(subjectId, 200), limit(purpose, 500), limit(clientAddress, 64));
    }

    /** Newest first; every filter optional; at most {@code limit} rows (capped at 1000). */
    public List<PersonalDataAccess> find(String actor, String subjectId, Instant from, Instant to, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, occurred_at, actor, action, subject_kind, subject_id, purpose, client_address
                FROM personal_data_access WHERE true""");
        List<Object> arguments = new ArrayList<>();
        if (actor != null) {
            sql.append(" AND actor = ?");
            arguments.add(actor);
        }
        if (subjectId != null) {
            sql.append(" AND subject_id = ?");
            arguments.add(subjectId);
        }
        if (from != null) {
            sql.append(" AND occurred_at >= ?");
            arguments.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND occurred_at < ?");
            arguments.add(Timestamp.from(to));
        }
        sql.append(" ORDER BY id DESC LIMIT ?");
        arguments.add(Math.max(1, Math.min(limit, MAX_ROWS)));
        return jdbc.query(sql.toString(), (rs, i) -> new PersonalDataAccess(rs.getLong(1),
                rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8)), arguments.toArray());
    }

    private static String limit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
