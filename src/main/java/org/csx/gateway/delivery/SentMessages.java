package org.csx.gateway.delivery;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The messages the gateway sent about a transmittal (its outbox rows) and, for those pushed to a partner, their
 * delivery with every attempt. No bodies, receipts or fault texts: what was sent, where, and how it went.
 */
public class SentMessages {

    /** One outbox message: staged, then put on its queue ({@code queued}: PENDING or DELIVERED). */
    public record SentMessage(String kind, String destination, String queued, OffsetDateTime stagedAt,
                              OffsetDateTime queuedAt, Delivery delivery) {
    }

    /** Its push to a partner's SOAP endpoint. */
    public record Delivery(String partnerId, String channel, String transaction, String serialNumber, String status,
                           int attempts, OffsetDateTime nextAttemptAt, OffsetDateTime finishedAt,
                           String partnerTrackingId, List<Attempt> attemptHistory) {
    }

    public record Attempt(int attempt, OffsetDateTime at, String outcome, Integer httpStatus, String faultCode,
                          int durationMs) {
    }

    private final JdbcTemplate jdbc;

    SentMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<SentMessage> about(UUID trackingId) {
        Map<Long, List<Attempt>> attempts = new HashMap<>();
        jdbc.query("""
                SELECT a.delivery_id, a.attempt, a.attempted_at, a.outcome, a.http_status, a.fault_code, a.duration_ms
                FROM partner_delivery_attempt a JOIN partner_delivery d ON d.id = a.delivery_id
                WHERE d.tracking_id = ? ORDER BY a.delivery_id, a.attempt
                """, rs -> {
            attempts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Attempt(rs.getInt(2),
                    rs.getObject(3, OffsetDateTime.class), rs.getString(4), (Integer) rs.getObject(5), rs.getString(6),
                    rs.getInt(7)));
        }, trackingId);
        return jdbc.query("""
                SELECT o.kind, o.destination, o.status, o.created_at, o.delivered_at,
                       d.id, d.partner_id, d.csenet_transaction, d.serial_number, d.status, d.attempts, d.next_attempt_at,
                       d.finished_at, d.partner_tracking_id
                FROM outbox_message o LEFT JOIN partner_delivery d ON d.message_key = o.dedup_key
                WHERE o.tracking_id = ? ORDER BY o.id
                """, (rs, i) -> {
            Delivery delivery = null;
            long id = rs.getLong(6);
            if (!rs.wasNull()) {
                String status = rs.getString(10);
                boolean open = "PENDING".equals(status) || "RETRYING".equals(status);
                delivery = new Delivery(rs.getString(7), "SOAP", rs.getString(8), rs.getString(9), status, rs.getInt(11),
                        open ? rs.getObject(12, OffsetDateTime.class) : null, rs.getObject(13, OffsetDateTime.class),
                        rs.getString(14), attempts.getOrDefault(id, List.of()));
            }
            return new SentMessage(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class), delivery);
        }, trackingId);
    }
}
