package org.csx.gateway.delivery;

import org.csx.gateway.contract.MessageHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.csx.gateway.support.TestEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jms.core.JmsTemplate;

/**
 * Two registries' gateways over real HTTP (issue 11): New York's (A) and North Dakota's (B), two independent
 * csx-gateway applications in this JVM, each with its own data directory, embedded PostgreSQL, embedded Artemis
 * (in-VM ids 1 and 2 beside the shared test gateway's 0, their own acceptor ports) and HTTP port. Each has the other
 * in its partner directory with a SOAP channel to the other's /services/exchange and the login the other issued it
 * (a credentials file). A message goes the whole way: the sender's ledger, its outbox, the relay, the partner queue,
 * the delivery table, the SOAP push, the other gateway's authentication, intake, ledger and processing, and the
 * receipt back as evidence.
 */
class TwoGatewaysEndToEndTest {

    /** What New York issued North Dakota, and North Dakota New York (the registries' profiles hold their hashes). */
    private static final String ND_LOGIN_AT_NY = "nd-registry:nd-at-ny-secret";
    private static final String NY_LOGIN_AT_ND = "ny-registry:ny-at-nd-secret";
    private static final AtomicLong SERIALS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private static RegistryGateway newYork;
    private static RegistryGateway northDakota;
    private static Path nyCredentialsForNd;
    private static Path ndCredentialsForNy;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startBothRegistries() throws Exception {
        Path root = Files.createTempDirectory(TestEnvironment.DATA_DIRECTORY, "two-registries-");
        newYork = new RegistryGateway(root, "registry-ny", 1);
        northDakota = new RegistryGateway(root, "registry-nd", 2);
        // each side's login at the other, in a file outside both configurations (the profiles name the file)
        nyCredentialsForNd = root.resolve("ny-login-at-nd.txt");
        ndCredentialsForNy = root.resolve("nd-login-at-ny.txt");
        Files.writeString(nyCredentialsForNd, NY_LOGIN_AT_ND);
        Files.writeString(ndCredentialsForNy, ND_LOGIN_AT_NY);
        newYork.peer(northDakota.exchangeUrl(), nyCredentialsForNd);
        northDakota.peer(newYork.exchangeUrl(), ndCredentialsForNy);
        // side by side: two start-ups on two cores take little longer than one
        CompletableFuture.allOf(CompletableFuture.runAsync(newYork::start), CompletableFuture.runAsync(northDakota::start))
                .join();
    }

    @AfterAll
    static void stopBothRegistries() {
        if (northDakota != null) {
            northDakota.close();
        }
        if (newYork != null) {
            newYork.close();
        }
    }

    @BeforeEach
    void bothUpWithTheirOwnLogins() throws IOException {
        northDakota.start();
        Files.writeString(nyCredentialsForNd, NY_LOGIN_AT_ND);
    }

    @Test
    void newYorksAcknowledgmentIsPushedIntoNorthDakotasLedgerAndItsReceiptKeptAsEvidence() throws Exception {
        String serial = nextSerial();
        String trackingId = submit(newYork, ND_LOGIN_AT_NY, locateRequest("3801700", "3600100", serial));

        Map<String, Object> delivery = awaitDelivery(newYork, trackingId, "DELIVERED");
        assertThat(delivery.get("partner_id")).isEqualTo("nd-registry");
        assertThat(delivery.get("endpoint")).isEqualTo(northDakota.exchangeUrl());
        assertThat(delivery.get("csenet_transaction")).isEqualTo("LO1 A");
        assertThat(delivery.get("body")).as("no body kept after delivery").isNull();
        List<Map<String, Object>> attempts = attempts(newYork, delivery.get("id"));
        assertThat(attempts).singleElement().satisfies(a -> {
            assertThat(a.get("outcome")).isEqualTo("RECEIPTED");
            assertThat(a.get("http_status")).isEqualTo(200);
        });

        // North Dakota's own ledger holds it: from New York's login there, under New York's serial number, and its
        // receipt (kept by New York as evidence) names that ledger row
        String ndTrackingId = (String) delivery.get("partner_tracking_id");
        assertThat((String) delivery.get("receipt")).contains(ndTrackingId);
        Map<String, Object> received = awaitProcessed(northDakota, ndTrackingId);
        assertThat(received.get("partner_id")).isEqualTo("ny-registry");
        assertThat(received.get("transaction_serial_number")).isEqualTo(delivery.get("serial_number"));
        assertThat(received.get("functional_type")).isEqualTo("LO1");
        assertThat(received.get("action_code")).isEqualTo("A");
        assertThat(received.get("district_id")).as("the ND county the locate request came from").isEqualTo("38017");
        assertThat(newYork.jdbc().queryForObject("SELECT count(*) FROM transmittal WHERE tracking_id = ?::uuid",
                Integer.class, ndTrackingId)).as("not in New York's database").isZero();
        // referred on North Dakota's own broker, which New York's is not
        Queue cass = northDakota.bean(EmbeddedActiveMQ.class).getActiveMQServer().locateQueue("district.38017.inbound");
        await().atMost(Duration.ofSeconds(30)).until(() -> cass.getMessagesAdded() >= 1);
        assertThat(newYork.bean(EmbeddedActiveMQ.class).getActiveMQServer().locateQueue("district.38017.inbound")).isNull();

        // an acknowledgment is not acknowledged: North Dakota pushes nothing back, so two registries never ping-pong
        awaitPartnerQueueTaken(northDakota, ndTrackingId, "partner.ny-registry.outbound");
        assertThat(northDakota.jdbc().queryForObject("SELECT count(*) FROM partner_delivery WHERE tracking_id = ?::uuid",
                Integer.class, ndTrackingId)).isZero();

        // New York's API shows what was sent about the locate request and where it stands, without bodies
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(newYork.baseUrl() + "/api/transmittals/"
                + trackingId)).header("Authorization", basic("viewer:viewer-test-secret")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"destination\":\"partner.nd-registry.outbound\"")
                .contains("\"status\":\"DELIVERED\"").contains("\"outcome\":\"RECEIPTED\"")
                .contains("\"partnerTrackingId\":\"" + ndTrackingId + "\"")
                .doesNotContain("<Receipt").doesNotContain("<Transmittal");
    }

    @Test
    void northDakotasAcknowledgmentComesBackIntoNewYorksLedger() {
        String trackingId = submit(northDakota, NY_LOGIN_AT_ND, locateRequest("3600100", "3801700", nextSerial()));

        Map<String, Object> delivery = awaitDelivery(northDakota, trackingId, "DELIVERED");
        assertThat(delivery.get("partner_id")).isEqualTo("ny-registry");
        assertThat(delivery.get("endpoint")).isEqualTo(newYork.exchangeUrl());
        assertThat(delivery.get("csenet_transaction")).isEqualTo("LO1 A");

        Map<String, Object> received = awaitProcessed(newYork, (String) delivery.get("partner_tracking_id"));
        assertThat(received.get("partner_id")).isEqualTo("nd-registry");
        assertThat(received.get("transaction_serial_number")).isEqualTo(delivery.get("serial_number"));
        assertThat(received.get("action_code")).isEqualTo("A");
        assertThat(received.get("district_id")).as("Albany, where the request came from").isEqualTo("36001");
    }

    @Test
    void aDeliveryToAStoppedRegistryIsRetriedAndArrivesOnceWhenItIsBack() {
        northDakota.stop();
        String trackingId = submit(newYork, ND_LOGIN_AT_NY, locateRequest("3801700", "3600100", nextSerial()));

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Map<String, Object> d = delivery(newYork, trackingId);
            return "RETRYING".equals(d.get("status")) && ((Number) d.get("attempts")).intValue() >= 2;
        });
        Map<String, Object> retrying = delivery(newYork, trackingId);
        assertThat(attempts(newYork, retrying.get("id"))).allSatisfy(a -> assertThat(a.get("outcome")).isEqualTo("UNREACHABLE"));
        assertThat(retrying.get("body")).as("kept until delivered").isNotNull();

        northDakota.start(); // the same ports, database and broker journal

        Map<String, Object> delivered = awaitDelivery(newYork, trackingId, "DELIVERED");
        List<Map<String, Object>> attempts = attempts(newYork, delivered.get("id"));
        assertThat(attempts.size()).isGreaterThan(2).isEqualTo(((Number) delivered.get("attempts")).intValue());
        // refused connections while it was down (and, while it was starting, 404 until its services were published)
        assertThat(attempts.subList(0, attempts.size() - 1)).allSatisfy(a -> assertThat(a.get("outcome")).isNotEqualTo("RECEIPTED"));
        assertThat(attempts.get(attempts.size() - 1).get("outcome")).isEqualTo("RECEIPTED");
        awaitProcessed(northDakota, (String) delivered.get("partner_tracking_id"));
        assertThat(northDakota.jdbc().queryForObject(
                "SELECT count(*) FROM transmittal WHERE partner_id = 'ny-registry' AND transaction_serial_number = ?",
                Integer.class, delivered.get("serial_number"))).as("received exactly once").isEqualTo(1);
    }

    @Test
    void northDakotaRefusesAPushWithAWrongLoginAndNewYorkRecordsTheFailure() throws Exception {
        Files.writeString(nyCredentialsForNd, "ny-registry:not-what-north-dakota-issued");
        String trackingId = submit(newYork, ND_LOGIN_AT_NY, locateRequest("3801700", "3600100", nextSerial()));

        // a refused login is not retried: the same login would be refused again; staff get the message
        Map<String, Object> failed = awaitDelivery(newYork, trackingId, "FAILED");
        assertThat(attempts(newYork, failed.get("id"))).singleElement().satisfies(a -> {
            assertThat(a.get("outcome")).isEqualTo("HTTP_ERROR");
            assertThat(a.get("http_status")).isEqualTo(401);
        });
        assertThat(failed.get("partner_tracking_id")).isNull();
        JmsTemplate jms = new JmsTemplate(newYork.bean(ConnectionFactory.class));
        jms.setReceiveTimeout(20_000);
        Message item = jms.receiveSelected("registry.exceptions", "csxTrackingId = '" + trackingId + "'");
        assertThat(item).as("an item for New York's staff").isNotNull();
        assertThat(item.getStringProperty(MessageHeaders.MESSAGE_KIND)).isEqualTo("PARTNER_DELIVERY_FAILED");
        assertThat(item.getStringProperty(MessageHeaders.ROUTING_PROBLEM)).contains("401");

        assertThat(northDakota.jdbc().queryForObject(
                "SELECT count(*) FROM transmittal WHERE partner_id = 'ny-registry' AND transaction_serial_number = ?",
                Integer.class, failed.get("serial_number"))).as("nothing in North Dakota's ledger").isZero();
    }

    // --- helpers

    /** Submits a transmittal as a partner's system does (SOAP over HTTP, Basic login); returns the tracking id. */
    private String submit(RegistryGateway gateway, String login, String transmittalXml) {
        String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + transmittalXml.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "") + "</soap:Body></soap:Envelope>";
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(gateway.exchangeUrl()))
                    .header("Content-Type", "text/xml; charset=UTF-8")
                    .header("SOAPAction", SoapPush.SOAP_ACTION)
                    .header("Authorization", basic(login))
                    .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            SoapPush.Result result = SoapPush.classify(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
            assertThat(result.outcome()).as("receipt for %s", login).isEqualTo(SoapPush.Outcome.RECEIPTED);
            return result.partnerTrackingId();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The locate request example, from one locator code to another, with a serial number of its own. */
    private static String locateRequest(String from, String to, String serial) {
        try (InputStream in = TwoGatewaysEndToEndTest.class.getResourceAsStream("/examples/lo1-request.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("<LocatorCode>0603700</LocatorCode>", "<LocatorCode>" + from + "</LocatorCode>")
                    .replace("<ReceiverLocatorCode>3600100</ReceiverLocatorCode>",
                            "<ReceiverLocatorCode>" + to + "</ReceiverLocatorCode>")
                    .replaceFirst("<TransactionSerialNumber>[0-9]*</TransactionSerialNumber>",
                            "<TransactionSerialNumber>" + serial + "</TransactionSerialNumber>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nextSerial() {
        return String.format("%012d", SERIALS.incrementAndGet());
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> delivery(RegistryGateway gateway, String trackingId) {
        List<Map<String, Object>> rows = gateway.jdbc().queryForList(
                "SELECT * FROM partner_delivery WHERE tracking_id = ?::uuid", trackingId);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    private static Map<String, Object> awaitDelivery(RegistryGateway gateway, String trackingId, String status) {
        await().atMost(Duration.ofSeconds(60)).until(() -> status.equals(delivery(gateway, trackingId).get("status")));
        return delivery(gateway, trackingId);
    }

    private static List<Map<String, Object>> attempts(RegistryGateway gateway, Object deliveryId) {
        return gateway.jdbc().queryForList("SELECT * FROM partner_delivery_attempt WHERE delivery_id = ? ORDER BY attempt",
                deliveryId);
    }

    /** A transmittal the gateway received, once it has been forwarded and acknowledged. */
    private static Map<String, Object> awaitProcessed(RegistryGateway gateway, String trackingId) {
        String sql = "SELECT * FROM transmittal WHERE tracking_id = ?::uuid";
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.jdbc().queryForList(sql, trackingId).stream()
                .anyMatch(row -> "ACKNOWLEDGED".equals(row.get("status"))));
        return gateway.jdbc().queryForMap(sql, trackingId);
    }

    /**
     * The messages staged for a transmittal are on their queues and the partner queue's consumer (the delivery step)
     * has taken everything from it: whatever it wrote is in the database now.
     */
    private static void awaitPartnerQueueTaken(RegistryGateway gateway, String trackingId, String queueName) {
        await().atMost(Duration.ofSeconds(30)).until(() -> gateway.jdbc().queryForObject(
                "SELECT count(*) FROM outbox_message WHERE tracking_id = ?::uuid AND status = 'PENDING'", Integer.class,
                trackingId) == 0 && gateway.jdbc().queryForObject(
                "SELECT count(*) FROM outbox_message WHERE tracking_id = ?::uuid AND destination = ?", Integer.class,
                trackingId, queueName) == 1);
        Queue queue = gateway.bean(EmbeddedActiveMQ.class).getActiveMQServer().locateQueue(queueName);
        await().atMost(Duration.ofSeconds(30)).until(() -> queue.getMessageCount() == 0 && queue.getDeliveringCount() == 0);
    }
}
