package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.csx.gateway.CsxGatewayApplication;
import org.csx.gateway.ledger.TransmittalLedger;
import org.csx.gateway.ledger.TransmittalStatus;
import org.csx.gateway.ledger.TransmittalView;
import org.csx.gateway.support.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A gateway whose embedded broker stops itself on a critical IO error stops too, in order, and asks for exit status 74
 * (EmbeddedBrokerFailure), rather than giving receipts it can never forward and hanging when told to stop; started
 * again, it forwards what it had receipted. A gateway of its own in this JVM (its own data directory, in-VM broker id
 * 3, ports), the IO error raised the way the journal raises it, a receipted transmittal still waiting in the intake
 * queuer when it comes. The real disk filling up under load: src/test/scripts/faults/broker-disk-full.sh.
 */
class EmbeddedBrokerFailureTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCriticalIoErrorOfTheEmbeddedBrokerStopsTheGatewayWithStatus74AndNothingReceiptedIsLost() throws Exception {
        Path data = Files.createTempDirectory(TestEnvironment.DATA_DIRECTORY, "broker-failure-");
        List<String> arguments = List.of("--spring.profiles.active=test", "--server.port=0",
                "--server.address=127.0.0.1", "--csx.embedded.data-directory=" + data, "--csx.broker.url=vm://3",
                "--csx.embedded.broker.acceptor-host=127.0.0.1", "--csx.embedded.broker.acceptor-port=" + freePort(),
                // the receipted transmittal waits in the queuer when the broker fails (its stop must not hang on it)
                "--csx.queues.intake-linger=10m",
                "--csx.recovery.requeue-after=1s", "--csx.recovery.interval=1s");
        BlockingQueue<Integer> exits = new LinkedBlockingQueue<>();
        ConfigurableApplicationContext gateway = start(arguments, exits);
        UUID trackingId;
        try {
            ActiveMQServer broker = gateway.getBean(EmbeddedActiveMQ.class).getActiveMQServer();
            assertThat(broker.isStarted()).isTrue();
            assertThat(data.resolve("postgres/postmaster.pid")).exists();
            trackingId = submit(gateway);

            broker.getIoCriticalErrorListener().onIOException(
                    new IOException("No space left on device"), "No space left on device", "activemq-data-9.amq");

            await().atMost(Duration.ofSeconds(90)).until(() -> !exits.isEmpty());
            assertThat(exits.poll()).isEqualTo(EmbeddedBrokerFailure.EXIT_STATUS);
            assertThat(gateway.isActive()).as("the gateway's context closed before the exit").isFalse();
            assertThat(broker.isStarted()).isFalse();
            // its PostgreSQL stopped with it: a service manager's restart finds the data directory free
            assertThat(data.resolve("postgres/postmaster.pid")).doesNotExist();
        } finally {
            if (gateway.isActive()) {
                gateway.close();
            }
        }

        // the disk repaired, started again on the same data: the receipted transmittal is forwarded
        ConfigurableApplicationContext again = start(arguments, exits);
        try {
            TransmittalLedger ledger = again.getBean(TransmittalLedger.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> ledger.find(trackingId)
                    .map(TransmittalView::status).orElse(null) == TransmittalStatus.ACKNOWLEDGED);
            assertThat(exits).as("exits asked for, the first one's included").isEmpty();
        } finally {
            again.close();
        }
    }

    private static ConfigurableApplicationContext start(List<String> arguments, BlockingQueue<Integer> exits) {
        return new SpringApplicationBuilder(CsxGatewayApplication.class)
                .initializers(c -> c.getBeanFactory().registerSingleton("processExit",
                        (EmbeddedBrokerFailure.ProcessExit) exits::add))
                .run(new ArrayList<>(arguments).toArray(String[]::new));
    }

    /** A locate request from California (application-test.yml's partner), receipted: its tracking id. */
    private UUID submit(ConfigurableApplicationContext gateway) throws Exception {
        String transmittal;
        try (InputStream in = getClass().getResourceAsStream("/examples/lo1-request.xml")) {
            transmittal = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceFirst("^<\\?xml[^>]*\\?>\\s*", "")
                    .replaceFirst("<TransactionSerialNumber>[0-9]*</TransactionSerialNumber>",
                            "<TransactionSerialNumber>" + String.format("%012d", System.nanoTime() % 1_000_000_000_000L)
                                    + "</TransactionSerialNumber>");
        }
        int port = ((WebServerApplicationContext) gateway).getWebServer().getPort();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/services/exchange"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:csx:exchange-service:1:SubmitTransmittal\"")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "ca-dcss:ca-test-secret".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                        + "<soap:Body>" + transmittal + "</soap:Body></soap:Envelope>"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher id = Pattern.compile("TrackingId>([0-9a-f-]{36})<").matcher(answer.body());
        assertThat(id.find()).as(answer.body()).isTrue();
        return UUID.fromString(id.group(1));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
