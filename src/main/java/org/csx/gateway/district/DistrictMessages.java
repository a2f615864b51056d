package org.csx.gateway.district;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.csx.gateway.validation.Violation;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Table district_message (V70): every message taken off a district's outbound queue, sent or refused, and the case
 * history entries it makes. Called inside the caller's database transaction. No personal data is written here.
 */
class DistrictMessages {

    /** A district's own request (R), as the initiating side's case. */
    record Request(UUID id, String districtId, String partnerId, String transaction, String districtCaseId,
                   String partnerCaseId, String districtLocator, String receiverLocator) {
    }

    private static final String REQUEST_COLUMNS =
            "id, district_id, partner_id, transaction, district_case_id, partner_case_id, district_locator, receiver_locator";

    private static Request request(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Request(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    private final JdbcTemplate jdbc;

    DistrictMessages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this broker message was handled before (a redelivery after the commit): nothing is done again. */
    boolean handled(String messageKey) {
        return !jdbc.queryForList("SELECT 1 FROM district_message WHERE message_key = ?", Integer.class, messageKey).isEmpty();
    }

    void recordSent(UUID id, String messageKey, String districtId, String messageId, String status, UUID caseTrackingId,
                    String partnerId, String transaction, String districtCaseId, String partnerCaseId,
                    String districtLocator, String receiverLocator, String serial, String outboxKey) {
        jdbc.update("""
                INSERT INTO district_message (id, message_key, district_id, message_id, status, case_tracking_id, partner_id,
                    transaction, district_case_id, partner_case_id, district_locator, receiver_locator, serial_number, outbox_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, messageKey, districtId, messageId, status, caseTrackingId, partnerId, transaction, districtCaseId,
                partnerCaseId, districtLocator, receiverLocator, serial, outboxKey);
    }

    void recordRefused(UUID id, String messageKey, String districtId, String messageId, List<Violation> violations) {
        jdbc.update("""
                INSERT INTO district_message (id, message_key, district_id, message_id, status, violations)
                VALUES (?, ?, ?, ?, 'REFUSED', ?::jsonb)""",
                id, messageKey, districtId, messageId, json(violations));
    }

    /** A line in the case's history (transmittal_event), at the case's current status. */
    void caseEvent(UUID caseTrackingId, String detail) {
        jdbc.update("INSERT INTO transmittal_event (tracking_id, status, occurred_at, detail) "
                + "SELECT tracking_id, status, now(), ? FROM transmittal WHERE tracking_id = ?", detail, caseTrackingId);
    }

    /** The case moves to another district (forwarding within the state). */
    void moveCase(UUID caseTrackingId, String toDistrict) {
        jdbc.update("UPDATE transmittal SET district_id = ? WHERE tracking_id = ?", toDistrict, caseTrackingId);
        jdbc.update("UPDATE case_review SET district_id = ? WHERE tracking_id = ?", toDistrict, caseTrackingId);
    }

    /** Our serial number for a transaction we send: the one serial space of what we send (CSENet's sequence). */
    String nextSerial() {
        Long n = jdbc.queryForObject("SELECT nextval('csenet_outbound_serial')", Long.class);
        return String.format("%012d", n);
    }

    /** The district's own request with this id (for a U, C or M on it). */
    Optional<Request> request(UUID id) {
        return jdbc.query("SELECT " + REQUEST_COLUMNS + " FROM district_message WHERE id = ? AND status = 'SENT' "
                + "AND transaction LIKE '% R%'", DistrictMessages::request, id).stream().findFirst();
    }

    /**
     * The district's request a partner's transaction answers: same partner, the district's case id as the answer's
     * ReceiverCaseId, the district's locator code as its receiver. The latest such request, when several.
     */
    Optional<Request> answered(String partnerId, String receiverCaseId, String receiverLocator) {
        if (partnerId == null || receiverCaseId == null || receiverLocator == null) {
            return Optional.empty();
        }
        return jdbc.query("SELECT " + REQUEST_COLUMNS + " FROM district_message WHERE partner_id = ? AND district_case_id = ? "
                + "AND district_locator = ? AND status = 'SENT' AND transaction LIKE '% R%' ORDER BY received_at DESC LIMIT 1",
                DistrictMessages::request, partnerId, receiverCaseId.strip(), receiverLocator).stream().findFirst();
    }

    /** The partner answered: its first answer and its case id are kept on the request. */
    void recordAnswer(UUID requestId, UUID answerTrackingId, String partnerCaseId) {
        jdbc.update("UPDATE district_message SET answered_at = COALESCE(answered_at, now()), "
                + "answered_by = COALESCE(answered_by, ?), partner_case_id = COALESCE(partner_case_id, ?) WHERE id = ?",
                answerTrackingId, partnerCaseId, requestId);
    }

    private static String json(List<Violation> violations) {
        return violations.stream().map(v -> "{\"code\":" + quote(v.code()) + ",\"path\":" + quote(v.path())
                + ",\"message\":" + quote(v.message()) + "}").collect(Collectors.joining(",", "[", "]"));
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
