package org.csx.gateway.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.csx.gateway.CsxGatewayApplication;
import org.csx.gateway.outbox.OutboundMessage;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.outbox.OutboxRelay;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery benchmark (docs/delivery.md), not a test: starts a gateway in this JVM (embedded PostgreSQL on 58432, Artemis
 * on 58616, HTTP on 58080, data under target/bench-delivery, wiped first) and measures
 * <ol>
 *   <li>the outbox relay draining {@code --outbox N} staged messages (staged with the relay stopped, then timed from
 *       its start until no row is PENDING);</li>
 *   <li>deliveries per second pushed to a partner's SOAP endpoint on the same machine: {@code --deliveries M}
 *       PENDING deliveries (an LO1 A acknowledgment each, as the delivery maps it) to us-nv, whose endpoint is this
 *       gateway's own /services/exchange (SubmitTransmittal, HTTP Basic as partner bench-peer, a receipt each), after
 *       {@code --warmup W} of the same. The receiving side stores and processes each one too, on the same 2 cores.</li>
 * </ol>
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.csx.gateway.benchmark.DeliveryBenchmark -Dexec.args="--outbox 50000 --deliveries 2000"</pre>
 */
public final class DeliveryBenchmark {

    public static void main(String[] args) throws Exception {
        int outboxCount = arg(args, "--outbox", 50_000);
        int deliveries = arg(args, "--deliveries", 2_000);
        int warmup = arg(args, "--warmup", 300);
        int workers = arg(args, "--workers", 2);
        Path data = Path.of("target", "bench-delivery").toAbsolutePath();
        if (Files.exists(data)) {
            try (var walk = Files.walk(data)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(data);
        Path credentials = data.resolve("peer-credentials.txt");
        Files.writeString(credentials, "bench-peer:bench-secret");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("bench-secret".getBytes(StandardCharsets.UTF_8)));

        Map<String, Object> p = new HashMap<>();
        p.put("spring.profiles.active", "bench");
        p.put("server.port", "58080");
        p.put("csx.embedded.data-directory", data.toString());
        p.put("csx.csenet.inbox", data.resolve("csenet/inbox").toString());
        p.put("csx.csenet.outbox", data.resolve("csenet/outbox").toString());
        p.put("csx.embedded.postgres.port", "58432");
        p.put("csx.embedded.broker.acceptor-host", "127.0.0.1");
        p.put("csx.embedded.broker.acceptor-port", "58616");
        p.put("csx.recovery.interval", "1h");
        p.put("csx.partners[0].id", "bench-peer");
        p.put("csx.partners[0].name", "This registry as its own partner (benchmark)");
        p.put("csx.partners[0].kind", "STATE_IV_D_AGENCY");
        p.put("csx.partners[0].secret-hash", "{sha256}" + hash);
        p.put("csx.partners[0].locator-codes[0]", "3600000");
        p.put("csx.directory.profiles.us-nv.channels.soap-endpoint", "http://127.0.0.1:58080/services/exchange");
        p.put("csx.directory.profiles.us-nv.channels.credentials-reference", "file:" + credentials);
        p.put("csx.delivery.workers", Integer.toString(workers));
        p.put("csx.delivery.poll-interval", "100ms");
        p.put("logging.level.org.csx.gateway", "WARN");

        // as command-line arguments: above application.yml (default properties would lose to its server.port etc.)
        String[] arguments = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CsxGatewayApplication.class).run(arguments);
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            drain(context, jdbc, tx, outboxCount);
            String template = acknowledgment(context.getBean(org.csx.gateway.contract.ContractXml.class));
            push(jdbc, template, warmup, "warm-up");
            push(jdbc, template, deliveries, "measured");
            jdbc.query("SELECT outcome, http_status, fault_code, count(*), avg(duration_ms) FROM partner_delivery_attempt"
                    + " GROUP BY 1, 2, 3", rs -> {
                System.out.printf("ATTEMPTS: %s %s %s: %d, mean %.0f ms%n", rs.getString(1), rs.getObject(2),
                        rs.getString(3), rs.getLong(4), rs.getDouble(5));
            });
        } finally {
            context.close();
        }
        System.exit(0); // exec:java would wait for the embedded servers' leftover non-daemon threads
    }

    /** What the gateway pushes most: an acknowledgment (LO1 A) from us to North Dakota, as the delivery maps it. */
    private static String acknowledgment(org.csx.gateway.contract.ContractXml xml) {
        var ack = new org.csx.gateway.contract.acknowledgment.AcknowledgmentType();
        ack.setTrackingId(UUID.randomUUID().toString());
        ack.setCreatedAt(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
        ack.setOutcome(org.csx.gateway.contract.acknowledgment.Outcome.ACCEPTED);
        ack.setRespondingLocatorCode("3600000");
        var original = new org.csx.gateway.contract.acknowledgment.TransactionReferenceType();
        original.setSenderLocatorCode("3801700");
        original.setTransactionSerialNumber("000000123456");
        original.setFunctionalType("LO1");
        original.setActionCode("R");
        original.setSenderCaseId("ND-BENCH-1");
        ack.setOriginalTransaction(original);
        var response = new org.csx.gateway.contract.acknowledgment.ResponseCodeType();
        response.setFunctionalType("LO1");
        response.setActionCode("A");
        ack.setResponse(response);
        var t = new org.csx.gateway.csenet.CsenetAcknowledgmentRecords().acknowledgmentTransmittal(ack, "000000000000");
        return xml.toXml(new org.csx.gateway.contract.transmittal.ObjectFactory().createTransmittal(t));
    }

    private static void drain(ConfigurableApplicationContext context, JdbcTemplate jdbc, TransactionTemplate tx, int count)
            throws InterruptedException {
        OutboxRelay relay = context.getBean(OutboxRelay.class);
        Outbox outbox = context.getBean(Outbox.class);
        relay.stop();
        String body = "<BenchMessage>" + "x".repeat(1000) + "</BenchMessage>";
        String run = UUID.randomUUID().toString().substring(0, 8);
        long stagingStart = System.nanoTime();
        for (int from = 0; from < count; from += 1000) {
            int start = from;
            tx.executeWithoutResult(s -> {
                for (int i = start; i < Math.min(start + 1000, count); i++) {
                    outbox.stage(new OutboundMessage("bench.drain", "bench-" + run + "-" + i, "BENCH", null, body,
                            Map.of("csxBench", run)));
                }
            });
        }
        double staging = (System.nanoTime() - stagingStart) / 1e9;
        long t0 = System.nanoTime();
        relay.start();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofHours(1)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> pending(jdbc) == 0);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("OUTBOX: %,d messages staged in %.1f s; relay drained them in %.1f s (%.0f msg/s)%n",
                count, staging, seconds, count / seconds);
    }

    private static int pending(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'", Integer.class);
    }

    private static void push(JdbcTemplate jdbc, String template, int count, String label) throws InterruptedException {
        String batch = UUID.randomUUID().toString().substring(0, 8);
        long serialBase = Math.floorMod(System.nanoTime(), 100_000_000L) * 1000;
        for (int i = 0; i < count; i++) {
            String serial = String.format("%012d", serialBase + i);
            String body = template.replaceFirst("<TransactionSerialNumber>[0-9]*</TransactionSerialNumber>",
                    "<TransactionSerialNumber>" + serial + "</TransactionSerialNumber>");
            jdbc.update("""
                    INSERT INTO partner_delivery (message_key, partner_id, endpoint, kind, serial_number, csenet_transaction,
                        body, next_attempt_at)
                    VALUES (?, 'us-nv', 'http://127.0.0.1:58080/services/exchange', 'BENCH', ?, 'LO1 A', ?, 'infinity')
                    """, "bench-" + batch + "-" + i, serial, body);
        }
        long t0 = System.nanoTime();
        jdbc.update("UPDATE partner_delivery SET next_attempt_at = now() WHERE message_key LIKE ?", "bench-" + batch + "-%");
        String[] counted = new String[1];
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofHours(1)).pollInterval(java.time.Duration.ofMillis(100)).until(() -> {
            Map<String, Object> row = jdbc.queryForMap("""
                    SELECT count(*) FILTER (WHERE status = 'DELIVERED') AS delivered,
                           count(*) FILTER (WHERE status IN ('RETRYING', 'FAILED')) AS failed
                    FROM partner_delivery WHERE message_key LIKE ?
                    """, "bench-" + batch + "-%");
            long delivered = ((Number) row.get("delivered")).longValue();
            long failed = ((Number) row.get("failed")).longValue();
            if (delivered + failed >= count) {
                double seconds = (System.nanoTime() - t0) / 1e9;
                counted[0] = String.format("DELIVERY (%s): %,d pushed and receipted in %.1f s (%.1f deliveries/s), %d not delivered%n",
                        label, delivered, seconds, delivered / seconds, failed);
                return true;
            }
            return false;
        });
        System.out.print(counted[0]);
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
