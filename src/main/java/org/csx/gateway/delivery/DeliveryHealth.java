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

    public DeliveryHealth(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<FailedDelivery> failedOrRetrying(int limit) {
        return jdbc.query("""
                SELECT d.id, d.tracking_id, d.partner_id, d.kind, d.status, d.attempts, d.created_at, d.finished_at,
                       d.next_attempt_at,
                       (SELECT a.outcome FROM partner_delivery_attempt a WHERE a.delivery_id = d.id ORDER BY a.attempt DESC LIMIT 1)
                FROM partner_delivery d WHERE d.status IN ('FAILED', 'RETRYING')
                ORDER BY d.status, d.created_at LIMIT ?
                """, (rs, i) -> new FailedDelivery(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getInt(6), rs.getObject(7, OffsetDateTime.class),
                rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class), rs.getString(10)), limit);
    }

    public List<PartnerHealth> byPartner() {
        return jdbc.query("""
                SELECT d.partner_id,
                       count(*) FILTER (WHERE d.status = 'DELIVERED'), count(*) FILTER (WHERE d.status = 'PENDING'),
                       count(*) FILTER (WHERE d.status = 'RETRYING'), count(*) FILTER (WHERE d.status = 'FAILED'),
                       max(a.attempted_at),
                       (SELECT a2.outcome FROM partner_delivery_attempt a2 JOIN partner_delivery d2 ON d2.id = a2.delivery_id
                        WHERE d2.partner_id = d.partner_id ORDER BY a2.attempted_at DESC LIMIT 1)
                FROM partner_delivery d
                LEFT JOIN LATERAL (SELECT max(attempted_at) AS attempted_at FROM partner_delivery_attempt
                                   WHERE delivery_id = d.id) a ON true
                GROUP BY d.partner_id ORDER BY d.partner_id
                """, (rs, i) -> new PartnerHealth(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                rs.getLong(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7)));
    }
}
