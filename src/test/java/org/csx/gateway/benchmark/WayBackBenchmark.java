package org.csx.gateway.benchmark;

import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.csx.gateway.CsxGatewayApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The way back's benchmark (docs/way-back.md), not a test: starts a gateway in this JVM (embedded PostgreSQL on 18232,
 * Artemis on 18216, HTTP on 18280, data under target/bench-wayback, wiped first), puts {@code --cases N} cases of partner
 * bench-peer referred to Erie County (36029) in the ledger, then measures
 * <ol>
 *   <li>QueryCase latency over HTTP (one client, {@code --queries Q} after a warm-up), by tracking id: p50, p99, max;</li>
 *   <li>district messages per second: {@code --messages M} LO1 P responses sent by district-36029 on
 *       district.36029.outbound (CORE), timed until every one is validated, recorded and put on the partner's queue.</li>
 * </ol>
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.csx.gateway.benchmark.WayBackBenchmark -Dexec.args="--cases 100000 --queries 2000 --messages 2000"</pre>
 */
public final class WayBackBenchmark {

    public static void main(String[] args) throws Exception {
        int cases = arg(args, "--cases", 100_000);
        int queries = arg(args, "--queries", 2_000);
        int messages = arg(args, "--messages", 2_000);
        Path data = Path.of("target", "bench-wayback").toAbsolutePath();
        if (Files.exists(data)) {
            try (var walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(data);
        Map<String, Object> p = new HashMap<>();
        p.put("spring.profiles.active", "bench");
        p.put("server.port", "18280");
        p.put("csx.embedded.data-directory", data.toString());
        p.put("csx.csenet.inbox", data.resolve("csenet/inbox").toString());
        p.put("csx.csenet.outbox", data.resolve("csenet/outbox").toString());
        p.put("csx.embedded.postgres.port", "18232");
        p.put("csx.embedded.broker.acceptor-host", "127.0.0.1");
        p.put("csx.embedded.broker.acceptor-port", "18216");
        p.put("csx.recovery.interval", "1h");
        p.put("csx.duties.interval", "1h");
        p.put("csx.partners[0].id", "bench-peer");
        p.put("csx.partners[0].name", "Benchmark partner");
        p.put("csx.partners[0].kind", "STATE_IV_D_AGENCY");
        p.put("csx.partners[0].secret-hash", "{sha256}" + sha256("bench-secret"));
        p.put("csx.partners[0].locator-codes[0]", "38");
        p.put("csx.identities.districts[0].district-id", "36029");
        p.put("csx.identities.districts[0].secret-hash", "{sha256}" + sha256("erie-bench-secret"));
        p.put("logging.level.org.csx.gateway", "WARN");
        String[] arguments = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CsxGatewayApplication.class).run(arguments);
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            jdbc.update("""
                    INSERT INTO transmittal (tracking_id, partner_id, channel, sender_kind, sender_locator_code,
                        transaction_serial_number, functional_type, action_code, sender_case_id, received_at, status,
                        status_changed_at, district_id)
                    SELECT gen_random_uuid(), 'bench-peer', 'SOAP', 'STATE_IV_D_AGENCY', '3801700', lpad(i::text, 12, '0'),
                           'LO1', 'R', 'ND-' || i, now(), 'ACKNOWLEDGED', now(), '36029'
                    FROM generate_series(1, ?) AS i""", cases);
            jdbc.update("""
                    INSERT INTO transmittal_event (tracking_id, status, occurred_at, detail)
                    SELECT tracking_id, s, now(), 'benchmark' FROM transmittal,
                           unnest(ARRAY['RECEIVED', 'VALIDATED', 'FORWARDED', 'ACKNOWLEDGED']) AS s
                    WHERE partner_id = 'bench-peer'""");
            jdbc.execute("ANALYZE");
            System.out.printf("CASES: %,d cases with 4 events each inserted in %.1f s%n", cases, (System.nanoTime() - t0) / 1e9);
            List<String> ids = jdbc.queryForList("SELECT tracking_id::text FROM transmittal WHERE partner_id = 'bench-peer'",
                    String.class);
            Collections.shuffle(ids);
            queryCase(ids, Math.min(200, queries), "warm-up");
            queryCase(ids, queries, "measured");
            districtMessages(jdbc, ids, messages);
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private static void queryCase(List<String> ids, int count, String label) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("bench-peer:bench-secret".getBytes(StandardCharsets.UTF_8));
        List<Long> micros = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                    + "<ex:QueryCase xmlns:ex=\"urn:csx:exchange:1\"><ex:TrackingId>" + ids.get(i % ids.size())
                    + "</ex:TrackingId></ex:QueryCase></soap:Body></soap:Envelope>";
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:18280/services/exchange"))
                    .header("Content-Type", "text/xml; charset=UTF-8").header("Authorization", auth)
                    .header("SOAPAction", "\"urn:csx:exchange-service:1:QueryCase\"")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            micros.add((System.nanoTime() - t) / 1000);
            if (r.statusCode() != 200) {
                throw new IllegalStateException("QueryCase answered " + r.statusCode());
            }
        }
        Collections.sort(micros);
        System.out.printf("QUERYCASE (%s): %d queries, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", label, count,
                micros.get(count / 2) / 1000.0, micros.get((int) Math.ceil(count * 0.99) - 1) / 1000.0,
                micros.get(count - 1) / 1000.0);
    }

    private static void districtMessages(JdbcTemplate jdbc, List<String> ids, int count) throws Exception {
        String template = new String(WayBackBenchmark.class.getResourceAsStream("/examples/district-lo1-response.xml")
                .readAllBytes(), StandardCharsets.UTF_8);
        String run = UUID.randomUUID().toString().substring(0, 8);
        var factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:18216", "district-36029", "erie-bench-secret");
        long t0 = System.nanoTime();
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue("district.36029.outbound"));
            for (int i = 0; i < count; i++) {
                producer.send(session.createTextMessage(template
                        .replace("00000000-0000-0000-0000-000000000000", ids.get(i % ids.size()))
                        .replace("ERIE-2026-000001", "B" + run + "-" + i)));
            }
        }
        double sent = (System.nanoTime() - t0) / 1e9;
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofHours(1)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> jdbc.queryForObject("""
                        SELECT count(*) FROM district_message d JOIN outbox_message o ON o.dedup_key = d.outbox_key
                        WHERE d.message_id LIKE ? AND o.status = 'DELIVERED'""", Integer.class, "B" + run + "-%") >= count);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int refused = jdbc.queryForObject("SELECT count(*) FROM district_message WHERE status = 'REFUSED'", Integer.class);
        System.out.printf("DISTRICT MESSAGES: %,d LO1 P sent in %.1f s; validated, recorded and on the partner's queue in"
                + " %.1f s (%.0f messages/s); %d refused%n", count, sent, seconds, count / seconds, refused);
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static int arg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
