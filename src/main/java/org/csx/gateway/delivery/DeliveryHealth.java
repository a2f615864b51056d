package org.csx.gateway.delivery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Deliveries to partners as staff follow them: those that failed, and each partner's delivery health. */
@Component
public class DeliveryHealth {

    /** A delivery the partner's endpoint never took (FAILED), or still being retried (RETRYING). */
    public record FailedDelivery(long id, UUID trackingId, String partnerId, String kind, String status, int attempts,
                                 OffsetDateTime createdAt, OffsetDateTime finishedAt, OffsetDateTime nextAttemptAt,
                                 String lastOutcome) {
    }

    /** One partner's deliveries by status, and the last attempt's time and outcome. */
    public record PartnerHealth(String partnerId, long delivered, long pending, long retrying, long failed,
                                OffsetDateTime lastAttemptAt, String lastOutcome) {
    }

    private final JdbcTemplate jdbc;

    /** The deliveries on the console's worklist: being retried, or failed and not closed (index: V120). */
    private static final String ON_THE_WORKLIST = "(d.status = 'RETRYING' OR (d.status = 'FAILED' AND d.closed_at IS NULL))";

    public DeliveryHealth(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<FailedDelivery> failedOrRetrying(int limit) {
        return failedOrRetrying(limit, 0);
    }

    public long failedOrRetryingCount() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM partner_delivery d WHERE " + ON_THE_WORKLIST, Long.class);
        return n == null ? 0 : n;
    }

    /** One page: the failed ones first, then those being retried, oldest first. */
    public List<FailedDelivery> failedOrRetrying(int limit, long offset) {
        return jdbc.query("""
                SELECT d.id, d.tracking_id, d.partner_id, d.kind, d.status, d.attempts, d.created_at, d.finished_at,
                       d.next_attempt_at,
                       (SELECT a.outcome FROM partner_delivery_attempt a WHERE a.delivery_id = d.id ORDER BY a.attempt DESC LIMIT 1)
                FROM partner_delivery d WHERE """ + ON_THE_WORKLIST + """
                ORDER BY d.status, d.created_at, d.id LIMIT ? OFFSET ?
                """, (rs, i) -> new FailedDelivery(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getObject(7, OffsetDateTime.class),
                rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class), rs.getString(10)), limit,
                offset);
    }

    /** Counts by status per partner, and each partner's latest attempt: two aggregates, no query per delivery. */
    public List<PartnerHealth> byPartner() {
        return jdbc.query("""
                WITH counts AS (
                    SELECT partner_id,
                           count(*) FILTER (WHERE status = 'DELIVERED') AS delivered,
                           count(*) FILTER (WHERE status = 'PENDING') AS pending,
                           count(*) FILTER (WHERE status = 'RETRYING') AS retrying,
                           count(*) FILTER (WHERE status = 'FAILED') AS failed
                    FROM partner_delivery GROUP BY partner_id),
                latest AS (
                    SELECT DISTINCT ON (d.partner_id) d.partner_id, a.attempted_at, a.outcome
                    FROM partner_delivery_attempt a JOIN partner_delivery d ON d.id = a.delivery_id
                    ORDER BY d.partner_id, a.attempted_at DESC, a.id DESC)
                SELECT c.partner_id, c.delivered, c.pending, c.retrying, c.failed, l.attempted_at, l.outcome
                FROM counts c LEFT JOIN latest l ON l.partner_id = c.partner_id
                ORDER BY c.partner_id
                """, (rs, i) -> new PartnerHealth(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)));
    }
}
