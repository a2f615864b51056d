package org.csx.gateway.csenet;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.csx.gateway.CsxGatewayApplication;
import org.csx.gateway.benchmark.BenchmarkReport;
import org.csx.gateway.benchmark.RawBrokerRate;
import org.csx.gateway.identity.GatewayLogin;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, NOT a test (it never runs in {@code mvn verify}): generates CSENet files of mixed, valid transactions
 * ({@link CsenetSampleGenerator}), starts the whole gateway (embedded Artemis and PostgreSQL in a fresh directory
 * under target/benchmark), and drops first a warm-up file (default 5,000 transactions; JIT, pools and caches),
 * waits until it is forwarded, then the measured file (default 50,000). What it reports, honestly (issue 14):
 * <ul>
 *   <li>forwards are counted ON THE BROKER: the messages added to the district queues ({@code district.*.inbound},
 *       the embedded server's own counters), never ledger rows; status inquiries and other transactions the
 *       gateway answers itself reach no district queue and are not counted;</li>
 *   <li>"last forward" is the moment the broker's district-queue count last grew (sampled every 20 ms), i.e.
 *       after the broker commit, not a ledger time written before it;</li>
 *   <li>the warm-up file is finished before the measured one is dropped, and counted nowhere;</li>
 *   <li>heap is live heap: the largest heap after any GC during the measured file (GC notifications), and the
 *       heap used after a full GC ({@code System.gc()}) at the end;</li>
 *   <li>the districts and partners keep up, as they would: every half second the messages waiting on a district
 *       queue or a partner queue that nobody consumes here are taken off the broker (server side, no client cost
 *       charged to the gateway); the count above is of messages added, which this does not change. Without it the
 *       in-process broker held every referral in the gateway's heap until its global limit;</li>
 *   <li>the raw broker rate is measured afterwards in the same run, on the same embedded broker and in-VM
 *       connection, with the gateway's own login ({@link RawBrokerRate}), and the ratio given.</li>
 * </ul>
 * The results are written as a table to target/benchmark/csenet-ingest-*.md. Command (docs/performance.md):
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.csx.gateway.csenet.CsenetIngestBenchmark \
 *     -Dexec.args="50000 16 2000 vm://0 5000"
 * </pre>
 * Arguments: transactions (50,000), intake consumers (16, as in application.yml), {@code csx.csenet.max-in-flight}
 * (2000; 0 = no back-pressure), the broker URL (vm://0), the warm-up transactions (5,000; 0 = none), the raw
 * broker seconds (20; 0 = not measured).
 */
public final class CsenetIngestBenchmark {

    private static final String[] SENDER_STATES = {"06", "12", "48", "34", "42", "13", "17", "09"};

    private CsenetIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        String consumers = args.length > 1 ? args[1] : "16";
        String maxInFlight = args.length > 2 ? args[2] : "2000";
        String brokerUrl = args.length > 3 ? args[3] : "vm://0";
        int warmupCount = args.length > 4 ? Integer.parseInt(args[4]) : 5_000;
        int rawSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 20;
        Path base = Files.createDirectories(Path.of("target", "benchmark").toAbsolutePath());
        Path run = Files.createTempDirectory(base, "run-");
        Path inbox = Files.createDirectories(run.resolve("csenet/inbox"));

        // One generator for both files: serial numbers go on, so the measured file holds no resends of the warm-up.
        CsenetSampleGenerator generator = new CsenetSampleGenerator(42);
        Path warmupFile = run.resolve("warmup.tmp");
        generator.writeFile(warmupFile, warmupCount, HeaderLayout.RECEIVED);
        Path staged = run.resolve("transactions.tmp");
        long generateStart = System.nanoTime();
        generator.writeFile(staged, count, HeaderLayout.RECEIVED);
        System.out.printf("Generated %,d transactions (%,d bytes) in %.1f s, and a warm-up file of %,d%n", count,
                Files.size(staged), seconds(System.nanoTime() - generateStart), warmupCount);

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
            DistrictQueueCounter forwards = new DistrictQueueCounter(
                    context.getBean(EmbeddedActiveMQ.class).getActiveMQServer());
            forwards.start();

            if (warmupCount > 0) {
                System.out.printf("Warm-up: %,d transactions%n", warmupCount);
                Result warm = ingest(jdbc, forwards, inbox, warmupFile, "warmup.txt", warmupCount, Duration.ofMinutes(10));
                System.out.printf("Warm-up done: %,d forwards in %s%n", warm.forwards(), format(warm.toLastForward()));
            }
            awaitStartGate();

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
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

            Map<String, Long> statusesBefore = statuses(jdbc);
            DatabaseWork databaseBefore = DatabaseWork.read(jdbc);
            // the JIT's work during the file: on two busy cores its queue can take minutes to drain after start,
            // and until it does the hot code runs less optimised (docs/performance.md, seventh session)
            CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long jitBefore = jit.getTotalCompilationTime();
            long cpuBefore = os.getProcessCpuTime();
            Result measured = ingest(jdbc, forwards, inbox, staged, "transactions.txt", count, Duration.ofMinutes(15));
            long jitMillis = jit.getTotalCompilationTime() - jitBefore;
            long cpuMillis = (os.getProcessCpuTime() - cpuBefore) / 1_000_000;
            forwards.stop();
            System.gc();
            long heapAfterFullGc = memory.getHeapMemoryUsage().getUsed();
            Map<String, Long> statuses = statuses(jdbc);
            statusesBefore.forEach((k, v) -> statuses.merge(k, -v, Long::sum));
            statuses.values().removeIf(v -> v == 0);
            Map<String, Object> file = jdbc.queryForMap("SELECT record_count, queued_count, refused_count FROM "
                    + "csenet_file ORDER BY started_at DESC LIMIT 1");
            long expectedForwards = jdbc.queryForObject("""
                    SELECT count(DISTINCT e.tracking_id) FROM transmittal_event e JOIN transmittal t USING (tracking_id)
                    WHERE e.status = 'FORWARDED' AND t.channel = 'CSENET' AND t.received_at >= ?""", Long.class,
                    java.sql.Timestamp.from(measured.start()));

            BenchmarkReport report = new BenchmarkReport("CSENet ingest benchmark");
            report.row("transactions in the file", String.format("%,d (file: %s), after a warm-up file of %,d",
                            count, file, warmupCount))
                    .row("intake consumers, max in flight, broker", consumers + ", " + maxInFlight + ", " + brokerUrl)
                    .row("outcome (ledger statuses of the measured file)", statuses.toString())
                    .row("file stored and queued (whole file)", format(measured.ingested()))
                    .row("forwards counted on the broker (district queues)", String.format("%,d (the ledger says %,d)",
                            measured.forwards(), expectedForwards))
                    .row("time to the last forward (broker)", format(measured.toLastForward()));
            double rate = measured.toLastForward() == null ? Double.NaN
                    : measured.forwards() / (measured.toLastForward().toMillis() / 1000.0);
            report.row("forwards per second", String.format("%,.0f", rate))
                    .row("live heap: max after any GC / after a full GC at the end / before the file",
                            String.format("%,d MB / %,d MB / %,d MB", mb(peakAfterGc.get()), mb(heapAfterFullGc), mb(heapBefore)))
                    .row("max heap (-Xmx)", String.format("%,d MB", mb(Runtime.getRuntime().maxMemory())))
                    .row("the JVM's CPU during the file; the JIT's compiling time then (CompilationMXBean: elapsed, summed "
                                    + "over the compiler threads, waits for a core included)",
                            String.format("%.2f ms per transaction; %,.1f s", (double) cpuMillis / count, jitMillis / 1000.0));
            if (rawSeconds > 0) {
                System.out.println("Raw broker: persistent 4 KiB messages, same embedded broker, in-VM, the gateway's login");
                GatewayLogin login = context.getBean(GatewayLogin.class);
                RawBrokerRate.Result raw = RawBrokerRate.measure(
                        new ActiveMQConnectionFactory(RawBrokerRate.withConfirmationWindow(brokerUrl), login.name(),
                                login.secret()), "perf.baseline", Duration.ofSeconds(5), Duration.ofSeconds(rawSeconds), 2, 2);
                report.row("raw broker rate (same broker, same run)", raw.describe())
                        .row("forwards / raw broker", String.format("%.1f %%", 100.0 * rate / raw.consumedPerSecond()));
            }
            // Read after the raw broker run: idle PostgreSQL backends report their counters within about 10 s.
            report.row("PostgreSQL per transaction of the file (pg_stat_database and WAL position, from before the file "
                    + "to after the raw broker run)", DatabaseWork.read(jdbc).minus(databaseBefore).per(count));
            report.write("csenet-ingest");
            if (!measured.complete()) {
                System.out.println("INCOMPLETE: the file did not finish in time");
                exit = 1;
            }
        } finally {
            context.close();
        }
        System.exit(exit);
    }

    /**
     * What PostgreSQL did during the measured file, from its own counters (for docs/scaling.md: what the database
     * carries per transmittal). Everything in the database counts, the gateway's jobs included.
     */
    private record DatabaseWork(long commits, long inserted, long updated, long deleted, long walBytes) {

        static DatabaseWork read(JdbcTemplate jdbc) {
            jdbc.execute("SELECT pg_stat_force_next_flush()");
            return jdbc.queryForObject("""
                    SELECT xact_commit, tup_inserted, tup_updated, tup_deleted,
                           pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint AS wal
                    FROM pg_stat_database WHERE datname = current_database()""",
                    (rs, n) -> new DatabaseWork(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        }

        DatabaseWork minus(DatabaseWork before) {
            return new DatabaseWork(commits - before.commits, inserted - before.inserted, updated - before.updated,
                    deleted - before.deleted, walBytes - before.walBytes);
        }

        String per(long transactions) {
            return String.format("%.1f commits, %.1f rows inserted, %.1f updated, %.1f deleted, %,.0f bytes of WAL",
                    commits / (double) transactions, inserted / (double) transactions, updated / (double) transactions,
                    deleted / (double) transactions, walBytes / (double) transactions);
        }
    }

    /** What one file did: when it was stored and queued, how many forwards the broker got and when the last came. */
    private record Result(Instant start, Duration ingested, long forwards, Duration toLastForward, boolean complete) {
    }

    /**
     * Drops a file into the inbox and waits until every one of its transactions has been taken by processing AND
     * the ledger's status counts and the broker's district-queue count have not moved for two seconds (the
     * ledger's FORWARDED is written before the broker commit).
     */
    private static Result ingest(JdbcTemplate jdbc, DistrictQueueCounter forwards, Path inbox, Path staged, String name,
                                 int count, Duration timeout) throws IOException {
        long finishedBefore = finished(statuses(jdbc));
        long filesBefore = jdbc.queryForObject("SELECT count(*) FROM csenet_file WHERE status = 'DONE'", Long.class);
        long forwardsBefore = forwards.count();
        Instant start = Instant.now();
        long startNanos = System.nanoTime();
        Files.move(staged, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        Duration[] ingestedAt = new Duration[1];
        String[] ledger = {""};
        long[] ledgerChanged = {System.nanoTime()};
        boolean complete = true;
        try {
            org.awaitility.Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (ingestedAt[0] == null && jdbc.queryForObject(
                                "SELECT count(*) FROM csenet_file WHERE status = 'DONE'", Long.class) > filesBefore) {
                            ingestedAt[0] = Duration.between(start, Instant.now());
                        }
                        // The ledger is counted only once the district queues have been quiet for a second: two
                        // counts over the whole transmittal table four times a second took a tenth of PostgreSQL's
                        // time (pg_stat_statements) from the gateway on the same two cores.
                        if (System.nanoTime() - forwards.lastChangeNanos() < 1_000_000_000L) {
                            return false;
                        }
                        Map<String, Long> statuses = statuses(jdbc);
                        String state = statuses.toString();
                        if (!state.equals(ledger[0])) {
                            ledger[0] = state;
                            ledgerChanged[0] = System.nanoTime();
                        }
                        long quiet = Math.min(System.nanoTime() - forwards.lastChangeNanos(),
                                System.nanoTime() - ledgerChanged[0]);
                        return finished(statuses) - finishedBefore >= count && quiet > 2_000_000_000L;
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            System.out.println("Not finished after " + timeout);
            complete = false;
        }
        long forwarded = forwards.count() - forwardsBefore;
        Duration toLast = forwarded == 0 ? null : Duration.ofNanos(forwards.lastChangeNanos() - startNanos);
        return new Result(start, ingestedAt[0], forwarded, toLast, complete);
    }

    /**
     * Transmittals processing has taken: no longer RECEIVED. Some stay VALIDATED for good (MSC R updates the gateway
     * keeps), so the caller also waits until the ledger's statuses and the broker's count stop moving.
     */
    private static long finished(Map<String, Long> statuses) {
        return statuses.entrySet().stream().filter(e -> !"RECEIVED".equals(e.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    private static Map<String, Long> statuses(JdbcTemplate jdbc) {
        Map<String, Long> statuses = new java.util.TreeMap<>();
        jdbc.query("SELECT status, count(*) FROM transmittal GROUP BY status", rs -> {
            statuses.put(rs.getString(1), rs.getLong(2));
        });
        return statuses;
    }

    /**
     * The messages the broker has added to the district queues ({@code district.*.inbound}), from the embedded
     * server's queue counters, sampled every 20 ms; remembers when the sum last grew.
     */
    private static final class DistrictQueueCounter {
        private final ActiveMQServer server;
        private final AtomicLong count = new AtomicLong();
        private final AtomicLong lastChange = new AtomicLong(System.nanoTime());
        private final java.util.concurrent.ScheduledExecutorService sampler =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

        DistrictQueueCounter(ActiveMQServer server) {
            this.server = server;
        }

        void start() {
            sampler.scheduleAtFixedRate(() -> {
                long now = System.nanoTime();
                long sum = 0;
                for (String name : server.getActiveMQServerControl().getQueueNames()) {
                    if (name.startsWith("district.") && name.endsWith(".inbound")) {
                        org.apache.activemq.artemis.core.server.Queue queue =
                                server.locateQueue(org.apache.activemq.artemis.api.core.SimpleString.of(name));
                        if (queue != null) {
                            sum += queue.getMessagesAdded();
                        }
                    }
                }
                if (sum != count.getAndSet(sum)) {
                    lastChange.set(now);
                }
            }, 0, 20, java.util.concurrent.TimeUnit.MILLISECONDS);
            // the districts and partners take what is theirs (nobody consumes those queues in this benchmark)
            sampler.scheduleWithFixedDelay(() -> {
                for (String name : server.getActiveMQServerControl().getQueueNames()) {
                    boolean taken = name.startsWith("district.") && name.endsWith(".inbound")
                            || name.startsWith("partner.") && name.endsWith(".outbound");
                    org.apache.activemq.artemis.core.server.Queue queue = taken
                            ? server.locateQueue(org.apache.activemq.artemis.api.core.SimpleString.of(name)) : null;
                    if (queue != null && queue.getConsumerCount() == 0 && queue.getMessageCount() > 0) {
                        try {
                            queue.deleteAllReferences();
                        } catch (Exception e) {
                            throw new IllegalStateException("cannot take the messages off " + name, e);
                        }
                    }
                }
            }, 500, 500, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        long count() {
            return count.get();
        }

        long lastChangeNanos() {
            return lastChange.get();
        }

        void stop() {
            sampler.shutdownNow();
        }
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
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

    /**
     * Paired runs (src/test/scripts/benchmarks/csenet-pair.sh): with {@code -Dcsx.benchmark.start-gate=<file>} the
     * measured file waits, after the warm-up, until that file exists, so two variants measured side by side on their
     * own cores start together and see the same minutes of the machine.
     */
    private static void awaitStartGate() throws IOException, InterruptedException {
        String gate = System.getProperty("csx.benchmark.start-gate");
        if (gate == null) {
            return;
        }
        java.nio.file.Path file = java.nio.file.Path.of(gate).toAbsolutePath();
        // told by the file system when the gate appears, not by looking again and again
        try (java.nio.file.WatchService watcher = file.getFileSystem().newWatchService()) {
            file.getParent().register(watcher, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
            System.out.println("Waiting for the start gate " + gate);
            while (!java.nio.file.Files.exists(file)) {
                java.nio.file.WatchKey key = watcher.take();
                key.pollEvents(); // whatever was created: the loop looks for the gate itself
                key.reset();
            }
        }
    }
}
