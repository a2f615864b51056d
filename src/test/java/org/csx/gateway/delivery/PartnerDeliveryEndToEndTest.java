package org.csx.gateway.delivery;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.TextMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.support.GatewayTestSupport;
import org.csx.gateway.support.TestEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery to a SOAP partner over real HTTP (docs/delivery.md). North Dakota's profile (application-test.yml) has a SOAP
 * endpoint: a csx-gateway exchange service, here this same gateway's /services/exchange behind {@link PeerProxy}, where
 * we log in as ny-peer with the credentials the profile's reference points to. North Dakota's acknowledgment goes through
 * the outbox, partner.nd-dhs.outbound, the delivery table and a SubmitTransmittal push; the receiving intake keeps it
 * as any partner's transmittal and answers with a receipt, kept as evidence.
 */
class PartnerDeliveryEndToEndTest extends GatewayTestSupport {

    static final String ND = "nd-dhs";
    static final String ND_SECRET = "nd-test-secret";
    static final String PEER = "ny-peer";

    private static PeerProxy proxy;

    @BeforeAll
    static void partnerCredentials() throws Exception {
        // the secret lives outside the configuration: the profile names this file (file:<data dir>/peer-credentials.txt)
        Files.writeString(TestEnvironment.DATA_DIRECTORY.resolve("peer-credentials.txt"), PEER + ":peer-test-secret\n",
                StandardCharsets.UTF_8);
    }

    @BeforeEach
    void proxyToThisGateway() {
        if (proxy == null) {
            proxy = new PeerProxy(TestEnvironment.PEER_PORT, port);
        }
    }

    @AfterAll
    static void stopProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    private String sendFromNorthDakota() {
        String xml = example("lo1-request.xml").replace("<LocatorCode>0603700</LocatorCode>",
                "<LocatorCode>3801700</LocatorCode>");
        ReceiptType receipt = submit(ND, ND_SECRET, xml);
        return receipt.getTrackingId();
    }

    private Map<String, Object> delivery(String trackingId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM partner_delivery WHERE tracking_id = ?::uuid",
                trackingId);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private Object deliveryStatus(String trackingId) {
        return delivery(trackingId).get("status");
    }

    private List<Map<String, Object>> attempts(Object deliveryId) {
        return jdbc.queryForList("SELECT * FROM partner_delivery_attempt WHERE delivery_id = ? ORDER BY attempt", deliveryId);
    }

    @Test
    void anAcknowledgmentIsPushedToThePartnersEndpointAndReceipted() throws Exception {
        proxy.up();
        String trackingId = sendFromNorthDakota();

        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(deliveryStatus(trackingId)));
        Map<String, Object> d = delivery(trackingId);
        assertThat(d.get("partner_id")).isEqualTo(ND);
        assertThat(d.get("csenet_transaction")).isEqualTo("LO1 A");
        assertThat(d.get("body")).as("no message body kept after delivery").isNull();
        assertThat((String) d.get("receipt")).contains("TrackingId").contains((String) d.get("serial_number"));
        List<Map<String, Object>> attempts = attempts(d.get("id"));
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).get("outcome")).isEqualTo("RECEIPTED");
        assertThat(attempts.get(0).get("http_status")).isEqualTo(200);

        // the partner (here: this gateway's exchange service) holds it as a transmittal from us, under our serial number
        String partnerTracking = (String) d.get("partner_tracking_id");
        Map<String, Object> received = jdbc.queryForMap(
                "SELECT partner_id, transaction_serial_number FROM transmittal WHERE tracking_id = ?::uuid", partnerTracking);
        assertThat(received.get("partner_id")).isEqualTo(PEER);
        assertThat(received.get("transaction_serial_number")).isEqualTo(d.get("serial_number"));

        // the transmittal's history shows what was sent about it and how the delivery went, without bodies
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/transmittals/" + trackingId)).header("Authorization", viewerAuth()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"trackingId\":\"" + trackingId + "\"")
                .contains("\"destination\":\"partner.nd-dhs.outbound\"")
                .contains("\"status\":\"DELIVERED\"")
                .contains("\"outcome\":\"RECEIPTED\"")
                .contains("\"partnerTrackingId\":\"" + partnerTracking + "\"")
                .doesNotContain("<Receipt").doesNotContain("<Transmittal").doesNotContain("<TransactionSerialNumber");
    }

    @Test
    void aPartnerDownIsRetriedAndGetsTheMessageOnceWhenItComesBack() throws Exception {
        proxy.down();
        String trackingId = sendFromNorthDakota();

        await().atMost(Duration.ofSeconds(30)).until(() -> "RETRYING".equals(deliveryStatus(trackingId)));
        Map<String, Object> retrying = delivery(trackingId);
        assertThat(attempts(retrying.get("id"))).allSatisfy(a -> assertThat(a.get("outcome")).isEqualTo("UNREACHABLE"));
        assertThat(retrying.get("body")).as("kept until delivered").isNotNull();

        proxy.up();
        await().atMost(Duration.ofSeconds(30)).until(() -> "DELIVERED".equals(deliveryStatus(trackingId)));
        Map<String, Object> d = delivery(trackingId);
        List<Map<String, Object>> attempts = attempts(d.get("id"));
        assertThat(attempts.size()).isGreaterThan(1).isEqualTo(((Number) d.get("attempts")).intValue());
        assertThat(attempts.get(attempts.size() - 1).get("outcome")).isEqualTo("RECEIPTED");
        assertThat(storedCount(PEER, (String) d.get("serial_number"))).as("delivered once").isEqualTo(1);
    }

    @Test
    void aPartnerDownForGoodEndsFailedWithAnItemForStaff() throws Exception {
        proxy.down();
        String trackingId = sendFromNorthDakota();

        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(deliveryStatus(trackingId)));
        Map<String, Object> d = delivery(trackingId);
        assertThat(attempts(d.get("id"))).hasSize(5) // csx.delivery.max-attempts in the test profile
                .allSatisfy(a -> assertThat(a.get("outcome")).isEqualTo("UNREACHABLE"));
        assertThat(d.get("body")).isNull();

        TextMessage item = receive("registry.exceptions", trackingId);
        assertThat(item.getStringProperty(MessageHeaders.MESSAGE_KIND)).isEqualTo("PARTNER_DELIVERY_FAILED");
        assertThat(item.getStringProperty(MessageHeaders.PARTNER_ID)).isEqualTo(ND);
        assertThat(item.getStringProperty(MessageHeaders.ROUTING_PROBLEM)).contains("after 5 attempt(s)");
        assertThat(item.getText()).contains("<TransactionSerialNumber>" + d.get("serial_number"));

        // nothing reaches the partner later: the schedule is over
        proxy.up();
        assertThat(storedCount(PEER, (String) d.get("serial_number"))).isZero();
        assertThat(UUID.fromString(trackingId)).isNotNull();
    }
}
