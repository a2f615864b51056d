package org.csx.gateway.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger read as lists, for staff (the console's worklists and search): identifiers, statuses and dates only,
 * never the raw message. Every list is bounded by its caller's limit.
 */
@Repository
public class TransmittalQueries {

    /** One ledger row as a list shows it. */
    public record TransmittalSummary(UUID trackingId, String partnerId, String channel, String functionalType,
                                     String actionCode, String actionReason, String senderCaseId,
                                     OffsetDateTime receivedAt, TransmittalStatus status, OffsetDateTime statusChangedAt,
                                     String districtId, String statusReason) {
    }

    /** What staff search by; every field optional (null = any). {@code trackingIds}: one of these. */
    public record Criteria(Collection<UUID> trackingIds, String partnerId, String senderCaseId, TransmittalStatus status,
                           OffsetDateTime receivedFrom, OffsetDateTime receivedBefore) {
    }

    private static final String COLUMNS = """
            tracking_id, partner_id, channel, functional_type, action_code, action_reason, sender_case_id, received_at,
            status, status_changed_at, district_id, status_reason""";

    private final JdbcTemplate jdbc;

    public TransmittalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Transmittals in one status, oldest first (a worklist). */
    public List<TransmittalSummary> inStatus(TransmittalStatus status, int limit) {
        return inStatus(status, limit, 0);
    }

    /** One page of a worklist: transmittals in one status, oldest first, skipping {@code offset}. */
    public List<TransmittalSummary> inStatus(TransmittalStatus status, int limit, long offset) {
        return jdbc.query("SELECT " + COLUMNS + " FROM transmittal WHERE status = ? ORDER BY received_at, tracking_id "
                + "LIMIT ? OFFSET ?", TransmittalQueries::summary, status.name(), limit, offset);
    }

    public long countInStatus(TransmittalStatus status) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM transmittal WHERE status = ?", Long.class, status.name());
        return n == null ? 0 : n;
    }

    /** How many transmittals are in each status. */
    public Map<TransmittalStatus, Long> countByStatus() {
        Map<TransmittalStatus, Long> counts = new LinkedHashMap<>();
        for (TransmittalStatus s : TransmittalStatus.values()) {
            counts.put(s, 0L);
        }
        jdbc.query("SELECT status, count(*) FROM transmittal GROUP BY status",
                rs -> { counts.put(TransmittalStatus.valueOf(rs.getString(1)), rs.getLong(2)); });
        return counts;
    }

    /** Newest first. An empty {@code trackingIds} collection (not null) finds nothing. */
    public List<TransmittalSummary> search(Criteria criteria, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM transmittal WHERE true");
        List<Object> args = new ArrayList<>();
        if (criteria.trackingIds() != null) {
            if (criteria.trackingIds().isEmpty()) {
                return List.of();
            }
            sql.append(" AND tracking_id IN (").append(String.join(",", criteria.trackingIds().stream().map(id -> "?").toList()))
                    .append(")");
            args.addAll(criteria.trackingIds());
        }
        if (criteria.partnerId() != null) {
            sql.append(" AND partner_id = ?");
            args.add(criteria.partnerId());
        }
        if (criteria.senderCaseId() != null) {
            sql.append(" AND sender_case_id = ?");
            args.add(criteria.senderCaseId());
        }
        if (criteria.status() != null) {
            sql.append(" AND status = ?");
            args.add(criteria.status().name());
        }
        if (criteria.receivedFrom() != null) {
            sql.append(" AND received_at >= ?");
            args.add(Timestamp.from(criteria.receivedFrom().toInstant()));
        }
        if (criteria.receivedBefore() != null) {
            sql.append(" AND received_at < ?");
            args.add(Timestamp.from(criteria.receivedBefore().toInstant()));
        }
        sql.append(" ORDER BY received_at DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), TransmittalQueries::summary, args.toArray());
    }

    private static TransmittalSummary summary(ResultSet rs, int i) throws SQLException {
        return new TransmittalSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                TransmittalStatus.valueOf(rs.getString(9)), rs.getObject(10, OffsetDateTime.class), rs.getString(11),
                rs.getString(12));
    }
}
