package org.csx.gateway.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Registrations staff follow: waiting for documents or for the court, and those in their contest period with the
 * deadline. No party names here (the case page shows them to the roles allowed).
 */
@Component
public class RegistrationWorklist {

    public record OpenRegistration(UUID id, UUID trackingId, String partnerId, String courtId, String status,
                                   OffsetDateTime statusChangedAt, String docketNumber, LocalDate noticeDate,
                                   LocalDate contestDeadline) {
    }

    /** Registrations filed and confirmed in one month for one partner (the compliance dashboard). */
    public record MonthlyFigures(String month, String partnerId, long filed, long confirmed) {
    }

    private final JdbcTemplate jdbc;

    public RegistrationWorklist(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Not final: waiting for documents, at the court, or in the contest period; the nearest deadline first. */
    public List<OpenRegistration> open(int limit) {
        return open(limit, 0);
    }

    /** One page of the open registrations, the nearest deadline first. */
    public List<OpenRegistration> open(int limit, long offset) {
        return jdbc.query("""
                SELECT id, tracking_id, partner_id, court_id, status, status_changed_at, docket_number, notice_date,
                       contest_deadline
                FROM registration
                WHERE status IN (%s)
                ORDER BY contest_deadline NULLS LAST, status_changed_at, id LIMIT ? OFFSET ?
                """.formatted(OPEN_STATUSES), (rs, i) -> new OpenRegistration(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class)), limit, offset);
    }

    public long openCount() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM registration WHERE status IN (" + OPEN_STATUSES + ")", Long.class);
        return n == null ? 0 : n;
    }

    private static final String OPEN_STATUSES =
            "'AWAITING_DOCUMENTS', 'SENT_TO_TRIBUNAL', 'FILED', 'NOTICE_SENT', 'CONTEST_PERIOD'";

    /** Tracking ids of the registrations with this docket number (any court). */
    public List<UUID> trackingIdsByDocket(String docketNumber) {
        return jdbc.queryForList("SELECT tracking_id FROM registration WHERE docket_number = ?", UUID.class,
                docketNumber);
    }

    /** Per month (in the zone given) and partner: registrations filed and confirmed, from their history. */
    public List<MonthlyFigures> monthly(String zone, OffsetDateTime from, OffsetDateTime to) {
        return jdbc.query("""
                SELECT to_char(e.occurred_at AT TIME ZONE ?, 'YYYY-MM') AS month, r.partner_id,
                       count(*) FILTER (WHERE e.status = 'FILED'), count(*) FILTER (WHERE e.status = 'CONFIRMED')
                FROM registration_event e JOIN registration r ON r.id = e.registration_id
                WHERE e.status IN ('FILED', 'CONFIRMED') AND e.occurred_at >= ? AND e.occurred_at < ?
                GROUP BY 1, 2 ORDER BY 1, 2
                """, (rs, i) -> new MonthlyFigures(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)),
                zone, java.sql.Timestamp.from(from.toInstant()), java.sql.Timestamp.from(to.toInstant()));
    }
}
