package org.csx.gateway.csenet;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.csx.gateway.CsxGatewayApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, NOT a test (it never runs in {@code mvn verify}): generates a CSENet file of mixed, valid transactions
 * (default 50,000; {@link CsenetSampleGenerator}), starts the whole gateway (embedded Artemis and PostgreSQL in a
 * fresh directory under target/benchmark), drops the file into the inbox and measures, from the rename into the
 * inbox: the time until the whole file is stored and queued, the time to the last forward to a district queue,
 * transactions per second, and the peak heap used (sampled every 10 ms).
 *
 * <pre>
 * MAVEN_OPTS="-Xmx1g" mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.csx.gateway.csenet.CsenetIngestBenchmark -Dexec.args="50000"
 * </pre>
 * Optional arguments after the count: intake consumers (default 4, as in application.yml), and
 * {@code csx.csenet.max-in-flight} (default 2000; 0 = no back-pressure), and the broker URL (default vm://0, e.g.
 * {@code vm://0?consumerWindowSize=0} to see what prefetching costs).
 */
public final class CsenetIngestBenchmark {

    private static final String[] SENDER_STATES = {"06", "12", "48", "34", "42", "13", "17", "09"};

    private CsenetIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        String consumers = args.length > 1 ? args[1] : "4";
        String maxInFlight = args.length > 2 ? args[2] : "2000";
        String brokerUrl = args.length > 3 ? args[3] : "vm://0";
        Path base = Files.createDirectories(Path.of("target", "benchmark").toAbsolutePath());
        Path run = Files.createTempDirectory(base, "run-");
        Path inbox = Files.createDirectories(run.resolve("csenet/inbox"));

        Path staged = run.resolve("transactions.tmp");
        long generateStart = System.nanoTime();
        new CsenetSampleGenerator(42).writeFile(staged, count, HeaderLayout.RECEIVED);
        System.out.printf("Generated %,d transactions (%,d bytes) in %.1f s%n", count, Files.size(staged),
                seconds(System.nanoTime() - generateStart));

        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("csx.embedded.data-directory", run.toString());
        properties.put("csx.embedded.postgres.port", "0");
        properties.put("csx.embedded.broker.acceptor-host", "127.0.0.1");
        properties.put("csx.embedded.broker.acceptor-port", Integer.toString(freePort()));
        properties.put("csx.broker.url", brokerUrl);
        properties.put("csx.recovery.interval", "1h");
        properties.put("csx.recovery.requeue-after", "1h");
        properties.put("csx.queues.intake-consumers", consumers);
        properties.put("csx.csenet.inbox", inbox.toString());
        properties.put("csx.csenet.outbox", run.resolve("csenet/outbox").toString());
        properties.put("csx.csenet.poll-delay", "100");
        properties.put("csx.csenet.max-in-flight", maxInFlight);
        properties.put("csx.csenet.read-lock-check-interval", "100");
        for (int i = 0; i < SENDER_STATES.length; i++) {
            properties.put("csx.partners[" + i + "].id", "state-" + SENDER_STATES[i]);
            properties.put("csx.partners[" + i + "].kind", "STATE_IV_D_AGENCY");
            properties.put("csx.partners[" + i + "].secret-hash", "{sha256}" + "0".repeat(64));
            properties.put("csx.partners[" + i + "].locator-codes[0]", SENDER_STATES[i]);
        }
        properties.put("logging.level.org.csx.gateway.csenet", "WARN");

        ConfigurableApplicationContext context = new SpringApplicationBuilder(CsxGatewayApplication.class)
                .profiles("benchmark") // not "default": no demo partners
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new)); // command-line arguments: above application.yml
        int exit = 0;
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(heapBefore);
            java.util.concurrent.ScheduledExecutorService sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                    0, 10, java.util.concurrent.TimeUnit.MILLISECONDS);
            AtomicLong peakAfterGc = new AtomicLong();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                                (CompositeData) notification.getUserData());
                        long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> heapPools().contains(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed()).sum();
                        peakAfterGc.accumulateAndGet(live, Math::max);
                    }
                }, null, null);
            }

            Instant start = Instant.now();
            Files.move(staged, inbox.resolve("transactions.txt"), StandardCopyOption.ATOMIC_MOVE);
            Duration[] ingestedAt = new Duration[1];
            long[] finished = new long[1];
            try {
                org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(250))
                        .until(() -> {
                            if (ingestedAt[0] == null && Boolean.TRUE.equals(jdbc.queryForObject(
                                    "SELECT count(*) > 0 FROM csenet_file WHERE status = 'DONE'", Boolean.class))) {
                                ingestedAt[0] = Duration.between(start, Instant.now());
                            }
                            finished[0] = jdbc.queryForObject("SELECT count(*) FROM transmittal WHERE status IN "
                                    + "('ACKNOWLEDGED', 'REJECTED', 'ROUTING_EXCEPTION', 'DEAD_LETTERED')", Long.class);
                            return finished[0] >= count;
                        });
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                System.out.println("Not finished after 15 minutes");
            }
            Duration ingested = ingestedAt[0];
            long done = finished[0];
            sampler.shutdownNow();

            OffsetDateTime lastForward = jdbc.queryForObject(
                    "SELECT max(occurred_at) FROM transmittal_event WHERE status = 'FORWARDED'", OffsetDateTime.class);
            Duration toLastForward = lastForward == null ? null : Duration.between(start, lastForward.toInstant());
            Map<String, Object> statuses = new LinkedHashMap<>();
            jdbc.query("SELECT status, count(*) FROM transmittal GROUP BY status ORDER BY status",
                    rs -> { statuses.put(rs.getString(1), rs.getLong(2)); });
            Map<String, Object> file = jdbc.queryForMap("SELECT record_count, queued_count, refused_count FROM "
                    + "csenet_file");

            Runtime rt = Runtime.getRuntime();
            System.out.println();
            System.out.println("=== CSENet ingest benchmark ===");
            System.out.printf("Machine:            %d CPU(s), %s %s, Java %s, max heap %,d MB%n",
                    rt.availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                    System.getProperty("java.version"), rt.maxMemory() / (1024 * 1024));
            System.out.printf("Intake consumers:   %s, max in flight %s, broker %s%n", consumers, maxInFlight,
                    brokerUrl);
            System.out.printf("Transactions:       %,d (file: %s)%n", count, file);
            System.out.printf("Outcome:            %s%n", statuses);
            System.out.printf("File ingested:      %s (stored + queued, whole file)%n", format(ingested));
            System.out.printf("Time to last forward: %s%n", format(toLastForward));
            if (toLastForward != null) {
                System.out.printf("Throughput:         %,.0f transactions/s (to last forward)%n",
                        count / (toLastForward.toMillis() / 1000.0));
            }
            System.out.printf("Peak heap used:     %,d MB sampled every 10 ms (garbage included); %,d MB at most "
                    + "after a GC (live data); %,d MB before the file%n", peak.get() / (1024 * 1024),
                    peakAfterGc.get() / (1024 * 1024), heapBefore / (1024 * 1024));
            if (done < count) {
                System.out.println("INCOMPLETE: only " + done + " transmittals finished within 15 minutes");
                exit = 1;
            }
        } finally {
            context.close();
        }
        System.exit(exit);
    }

    private static java.util.Set<String> heapPools() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                names.add(pool.getName());
            }
        }
        return names;
    }

    private static String format(Duration d) {
        return d == null ? "n/a" : String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
