package org.csx.gateway.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Cases waiting for documents, for staff: what is missing (the last completeness review) and when the sender is
 * reminded (the DOCUMENTS_OUTSTANDING duty's reminder day, or when the reminder went).
 */
@Component
public class DocumentWorklist {

    public record WaitingCase(UUID trackingId, String partnerId, String districtId, String missing,
                              OffsetDateTime reviewedAt, LocalDate remindOn, OffsetDateTime reminderSentAt) {
    }

    private final JdbcTemplate jdbc;

    public DocumentWorklist(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Incomplete cases, the soonest reminder first. */
    public List<WaitingCase> waiting(int limit) {
        return waiting(limit, 0);
    }

    /**
     * One page of the incomplete cases: first those with an open documents clock, the soonest reminder first (read
     * in that order from a partial index of the open clocks, so a page never sorts the whole list), then any
     * incomplete case without one (none in normal operation: the clock starts with the AADIN), oldest review first.
     */
    public List<WaitingCase> waiting(int limit, long offset) {
        List<WaitingCase> page = new ArrayList<>(jdbc.query("""
                WITH page AS (
                    SELECT d.id, d.tracking_id, d.remind_on FROM duty d
                    WHERE d.kind = 'DOCUMENTS_OUTSTANDING' AND d.completed_at IS NULL
                      AND EXISTS (SELECT 1 FROM case_review r
                                  WHERE r.tracking_id = d.tracking_id AND r.completeness = 'INCOMPLETE')
                    ORDER BY d.remind_on, d.id LIMIT ? OFFSET ?)
                SELECT r.tracking_id, t.partner_id, r.district_id, r.missing_summary, r.reviewed_at, p.remind_on,
                       d.reminder_sent_at
                FROM page p
                JOIN duty d ON d.id = p.id
                JOIN case_review r ON r.tracking_id = p.tracking_id
                JOIN transmittal t ON t.tracking_id = p.tracking_id
                ORDER BY p.remind_on, p.id
                """, WAITING, limit, offset));
        if (page.size() == limit) {
            return page;
        }
        long withClock = page.isEmpty() ? countWithOpenClock() : offset + page.size();
        if (withClock >= count()) {
            return page; // every incomplete case has its clock: the usual end of the list
        }
        page.addAll(jdbc.query("""
                WITH lone AS MATERIALIZED (
                    SELECT r.tracking_id FROM case_review r
                    WHERE r.completeness = 'INCOMPLETE'
                      AND NOT EXISTS (SELECT 1 FROM duty o WHERE o.tracking_id = r.tracking_id
                                      AND o.kind = 'DOCUMENTS_OUTSTANDING' AND o.completed_at IS NULL))
                SELECT r.tracking_id, t.partner_id, r.district_id, r.missing_summary, r.reviewed_at, d.remind_on,
                       d.reminder_sent_at
                FROM lone l
                JOIN case_review r ON r.tracking_id = l.tracking_id
                JOIN transmittal t ON t.tracking_id = l.tracking_id
                LEFT JOIN duty d ON d.tracking_id = l.tracking_id AND d.kind = 'DOCUMENTS_OUTSTANDING'
                ORDER BY r.reviewed_at, r.tracking_id LIMIT ? OFFSET ?
                """, WAITING, limit - page.size(), Math.max(0, offset - withClock)));
        return page;
    }

    /** How many cases are incomplete. */
    public long count() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM case_review WHERE completeness = 'INCOMPLETE'", Long.class);
        return n == null ? 0 : n;
    }

    private long countWithOpenClock() {
        Long n = jdbc.queryForObject("""
                SELECT count(*) FROM duty d JOIN case_review r ON r.tracking_id = d.tracking_id AND r.completeness = 'INCOMPLETE'
                WHERE d.kind = 'DOCUMENTS_OUTSTANDING' AND d.completed_at IS NULL""", Long.class);
        return n == null ? 0 : n;
    }

    private static final RowMapper<WaitingCase> WAITING = (rs, i) -> new WaitingCase(rs.getObject(1, UUID.class),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class),
            rs.getObject(6, LocalDate.class), rs.getObject(7, OffsetDateTime.class));
}
