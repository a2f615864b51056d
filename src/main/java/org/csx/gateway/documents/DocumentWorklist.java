package org.csx.gateway.documents;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
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
        return jdbc.query("""
                SELECT r.tracking_id, t.partner_id, r.district_id, r.missing_summary, r.reviewed_at, d.remind_on,
                       d.reminder_sent_at
                FROM case_review r
                JOIN transmittal t ON t.tracking_id = r.tracking_id
                LEFT JOIN duty d ON d.tracking_id = r.tracking_id AND d.kind = 'DOCUMENTS_OUTSTANDING'
                WHERE r.completeness = 'INCOMPLETE'
                ORDER BY d.remind_on NULLS LAST, r.reviewed_at LIMIT ?
                """, (rs, i) -> new WaitingCase(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getObject(6, LocalDate.class),
                rs.getObject(7, OffsetDateTime.class)), limit);
    }
}
