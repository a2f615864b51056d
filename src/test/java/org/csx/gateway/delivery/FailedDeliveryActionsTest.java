package org.csx.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.csx.gateway.support.ConsoleSession;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A delivery to a partner that failed for good is a console worklist item a specialist acts on: send it again (one
 * more attempt, recorded), or close it with a reason (off the list, its kept body dropped). A viewer cannot act.
 */
class FailedDeliveryActionsTest extends GatewayTestSupport {

    @Autowired
    PersonalDataCipher cipher;

    @Test
    void aSpecialistSendsAFailedDeliveryAgainThenClosesItAndAViewerCannotAct() {
        long id = failedDelivery();
        ConsoleSession viewer = ConsoleSession.signIn(port, VIEWER, VIEWER_SECRET);
        assertThat(viewer.get("/")).contains("delivery-" + id).doesNotContain("send-again-" + id);
        assertThat(viewer.post("/deliveries/" + id + "/send-again").statusCode()).isEqualTo(403);
        assertThat(viewer.post("/deliveries/" + id + "/close", "reason", "sent by fax").statusCode()).isEqualTo(403);
        assertThat(row(id).get("status")).isEqualTo("FAILED");

        ConsoleSession specialist = ConsoleSession.signIn(port, SPECIALIST, SPECIALIST_SECRET);
        assertThat(specialist.get("/")).contains("send-again-" + id);
        assertThat(specialist.post("/deliveries/" + id + "/send-again").statusCode()).isEqualTo(302);
        // one more attempt, against the same unreachable endpoint: failed again, the attempt recorded
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(id) == 1 && "FAILED".equals(row(id).get("status")));
        assertThat(row(id).get("attempts")).isEqualTo(6);
        assertThat(row(id).get("body")).isNotNull();
        assertThat(actions(id, "SEND_DELIVERY_AGAIN")).isEqualTo(1);

        assertThat(specialist.post("/deliveries/" + id + "/close", "reason", "").statusCode()).isEqualTo(302);
        assertThat(row(id).get("closed_at")).isNull();
        specialist.get("/");
        assertThat(specialist.post("/deliveries/" + id + "/close", "reason", "Sent to the partner by fax").statusCode())
                .isEqualTo(302);
        Map<String, Object> closed = row(id);
        assertThat(closed.get("closed_at")).isNotNull();
        assertThat(closed.get("closed_by")).isEqualTo(SPECIALIST);
        assertThat(closed.get("close_reason")).isEqualTo("Sent to the partner by fax");
        assertThat(closed.get("body")).isNull();
        assertThat(actions(id, "CLOSE_DELIVERY")).isEqualTo(1);
        assertThat(specialist.get("/")).doesNotContain("delivery-" + id + "\"");

        // a closed delivery is not sent again
        specialist.get("/");
        HttpResponse<String> again = specialist.post("/deliveries/" + id + "/send-again");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(row(id).get("status")).isEqualTo("FAILED");
        assertThat(actions(id, "SEND_DELIVERY_AGAIN")).isEqualTo(1);
    }

    /** A delivery to North Dakota that failed for good after five attempts, its body kept sealed, as the worker leaves it. */
    private long failedDelivery() {
        String key = "test-failed-" + UUID.randomUUID();
        String body = readExample("lo1-request.xml");
        return jdbc.queryForObject("""
                INSERT INTO partner_delivery (message_key, partner_id, endpoint, kind, tracking_id, serial_number,
                    csenet_transaction, body, status, attempts, finished_at)
                VALUES (?, ?, 'http://127.0.0.1:9/unreachable', 'TRANSACTION', ?::uuid, '000000000001', 'LO1 P LSADR', ?,
                    'FAILED', 5, now())
                RETURNING id
                """, Long.class, key, PartnerDeliveryEndToEndTest.ND, UUID.randomUUID().toString(),
                cipher.seal(body, PartnerDeliveryStep.context(key)));
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT * FROM partner_delivery WHERE id = ?", id);
    }

    private int attempts(long id) {
        return jdbc.queryForObject("SELECT count(*) FROM partner_delivery_attempt WHERE delivery_id = ?", Integer.class, id);
    }

    private int actions(long id, String action) {
        return jdbc.queryForObject("SELECT count(*) FROM staff_action WHERE subject_kind = 'partner_delivery' "
                + "AND subject_id = ? AND action = ?", Integer.class, String.valueOf(id), action);
    }
}
