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
import org.csx.gateway.contract.exchange.ReceiptType;
import org.csx.gateway.support.GatewayTestSupport;
import org.csx.gateway.support.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A SOAP partner that never answers (docs/delivery.md): North Dakota's profile in the shared test gateway
 * (application-test.yml) names an endpoint where nothing listens, so every attempt is refused and the delivery ends
 * FAILED with an item for staff. Delivery to a partner that answers, is down and comes back, or refuses our login is
 * tried between two whole gateways in TwoGatewaysEndToEndTest.
 */
class PartnerDeliveryEndToEndTest extends GatewayTestSupport {

    static final String ND = "nd-dhs";
    static final String ND_SECRET = "nd-test-secret";

    @BeforeAll
    static void ourLoginThere() throws Exception {
        // the secret lives outside the configuration: the profile names this file (file:<data dir>/peer-credentials.txt)
        Files.writeString(TestEnvironment.DATA_DIRECTORY.resolve("peer-credentials.txt"), "ny-registry:unused-secret\n",
                StandardCharsets.UTF_8);
    }

    private Map<String, Object> delivery(String trackingId) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM partner_delivery WHERE tracking_id = ?::uuid",
                trackingId);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    @Test
    void aPartnerDownForGoodEndsFailedWithAnItemForStaff() throws Exception {
        String xml = example("lo1-request.xml").replace("<LocatorCode>0603700</LocatorCode>",
                "<LocatorCode>3801700</LocatorCode>");
        ReceiptType receipt = submit(ND, ND_SECRET, xml);
        String trackingId = receipt.getTrackingId();

        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(delivery(trackingId).get("status")));
        Map<String, Object> d = delivery(trackingId);
        assertThat(d.get("csenet_transaction")).isEqualTo("LO1 A");
        assertThat(jdbc.queryForList("SELECT * FROM partner_delivery_attempt WHERE delivery_id = ? ORDER BY attempt",
                d.get("id"))).hasSize(5) // csx.delivery.max-attempts in the test profile
                .allSatisfy(a -> assertThat(a.get("outcome")).isEqualTo("UNREACHABLE"));
        // kept for staff to send again (FailedDeliveryActionsTest), sealed as while it waited
        assertThat(org.csx.gateway.personaldata.PersonalDataCipher.isSealed((String) d.get("body")))
                .as("kept, sealed, once FAILED").isTrue();
        assertThat(d.get("finished_at")).isNotNull();

        TextMessage item = receive("registry.exceptions", trackingId);
        assertThat(item.getStringProperty(MessageHeaders.MESSAGE_KIND)).isEqualTo("PARTNER_DELIVERY_FAILED");
        assertThat(item.getStringProperty(MessageHeaders.PARTNER_ID)).isEqualTo(ND);
        assertThat(item.getStringProperty(MessageHeaders.ROUTING_PROBLEM)).contains("after 5 attempt(s)").contains("UNREACHABLE");
        assertThat(item.getText()).contains("<TransactionSerialNumber>" + d.get("serial_number"));

        // the transmittal's history shows how the delivery ended
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/transmittals/" + trackingId)).header("Authorization", viewerAuth()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"status\":\"FAILED\"").contains("\"outcome\":\"UNREACHABLE\"")
                .doesNotContain("<Transmittal");
    }
}
