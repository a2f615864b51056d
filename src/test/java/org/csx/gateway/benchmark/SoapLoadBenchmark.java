package org.csx.gateway.benchmark;

import org.csx.gateway.contract.MessageHeaders;
import org.csx.gateway.contract.QueueNames;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Load benchmark for a RUNNING gateway (default profile, demo partner ca-dcss), NOT a test: submits LO1
 * transmittals over SOAP and reads the district queues over TCP as districts do. How to run it, and its figures:
 * docs/performance.md.
 *
 * <p>What it counts, and how (issue 14, "honest benchmarks"):
 * <ul>
 *   <li>each transmittal is awaited by its serial number (header {@code csxTransactionSerialNumber} on the
 *       district queue), registered BEFORE it is sent, so a referral that reaches the queue before the HTTP answer
 *       is still matched;</li>
 *   <li>a receipt is an HTTP 200 answer carrying a tracking id and no fault; a fault is never a receipt, and a
 *       faulted transmittal that reaches a queue anyway is reported on its own;</li>
 *   <li>"end to end" counts only referrals consumed from district queues, and ends at the last one consumed;</li>
 *   <li>in rate mode every latency runs from the transmittal's SCHEDULED send time (no coordinated omission);</li>
 *   <li>the warm-up is sent, forwarded and drained before the measurement starts, and counted nowhere;</li>
 *   <li>heap is the gateway's live heap: the largest {@code jvm.gc.live.data.size} seen during the run, and, with
 *       {@code --gateway-pid}, what a forced full GC leaves at the end ({@code jcmd GC.class_histogram});</li>
 *   <li>the gateway's allocation per transmittal, its JIT compilation time, its JVM's CPU per transmittal and the
 *       SOAP receipts per statement over the measurement, from its actuator: allocation is steady from run to run
 *       where times on two shared cores are not;</li>
 *   <li>with {@code --raw-user}/{@code --raw-password} (a broker login allowed to send: the gateway's own) the raw
 *       broker rate is measured in the same run, on the same broker ({@link RawBrokerRate}), and the ratio given.</li>
 * </ul>
 * The results are written as a table to target/benchmark/soap-load-*.md.
 */
public final class SoapLoadBenchmark {

    private static final Pattern TRACKING_ID = Pattern.compile("<(?:\\w+:)?TrackingId>([^<]+)</(?:\\w+:)?TrackingId>");
    private static final Pattern FAULT = Pattern.compile("<(?:\\w+:)?Fault[ >]");
    private static final String[] COUNTIES = {"001", "029", "055", "067"}; // Albany, Erie, Monroe, Onondaga

    private final String baseUrl;
    private final String brokerUrl;
    /** The login that reads the district queues and the actuator: the demo administrator unless given (--broker-user). */
    private String brokerUser = "broker-admin";
    private String brokerPassword = "admin-demo-secret";
    private final String authorization;
    private final String partner;
    /**
     * --read-answers true (the default): the partner's answers are read from its queue as a partner does. Left
     * unread (false, as before 2026-12-04's nineteenth session) the queue grows for the whole run, the broker pages it,
     * and the pages it holds in the gateway's heap meanwhile fill its old generation (docs/performance.md).
     */
    private boolean readAnswers = true;
    private final AtomicInteger answersRead = new AtomicInteger();
    /** The SOAP request around the two values each transmittal has its own: [before the county, between, after the serial]. */
    private final String[] template;
    private final HttpClient http;
    /** --client plain (the default): {@link PlainHttpClient}; --client jdk: the JDK's HttpClient, as before 2026-12-04. */
    private PlainHttpClient plain;
    /**
     * A million serial numbers per second since the epoch (12 digits, wrapping every 11.6 days): a run started a
     * second after another never meets its serial numbers, which would be resends answered with the first receipt and
     * never forwarded. With a thousand per second, a closed loop of 20,000 at 1,100/s ran into the next run's.
     */
    private final long serialBase = (System.currentTimeMillis() / 1000) % 1_000_000L * 1_000_000L;
    private final AtomicLong serials = new AtomicLong();

    /** serial number -> the nanoTime latencies are measured from (scheduled send in rate mode); put before sending. */
    private volatile Map<String, Long> awaited = new ConcurrentHashMap<>();
    private final Set<String> faulted = ConcurrentHashMap.newKeySet();
    /** Each measured receipt's origin (nanoTime) and latency: the percentiles, and --timeline. */
    private final Queue<long[]> receiptLatencies = new ConcurrentLinkedQueue<>();
    private final List<Long> endToEndNanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger receipts = new AtomicInteger();
    private final AtomicInteger faults = new AtomicInteger();
    private final AtomicInteger forwardedAfterFault = new AtomicInteger();
    private final AtomicInteger notAwaited = new AtomicInteger();
    private final AtomicLong lastForwardNanos = new AtomicLong();
    private final AtomicLong peakLiveHeap = new AtomicLong();
    private final AtomicLong peakUsedHeap = new AtomicLong();
    /**
     * How often the heap is read from the actuator (--heap-sample-ms). Every read is an HTTP request the gateway
     * serves while measured: at 100 ms (20 requests a second) they were 17 % of the gateway's HTTP threads' samples
     * under the SOAP load, their Spring MVC path never compiled by C2 at that rate. The live heap only changes at
     * a collection, so a second loses little.
     */
    private long heapSampleMillis = 1000;

    SoapLoadBenchmark(String baseUrl, String brokerUrl, String partner, String secret) throws IOException {
        this.baseUrl = baseUrl;
        this.brokerUrl = brokerUrl;
        this.partner = partner;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((partner + ":" + secret).getBytes(StandardCharsets.UTF_8));
        try (InputStream in = SoapLoadBenchmark.class.getResourceAsStream("/examples/lo1-request.xml")) {
            String transmittal = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
            String envelope = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                    + transmittal + "</soap:Body></soap:Envelope>";
            Matcher locator = Pattern.compile("<ReceiverLocatorCode>3600100</ReceiverLocatorCode>").matcher(envelope);
            Matcher serial = Pattern.compile("<TransactionSerialNumber>[0-9]*</TransactionSerialNumber>").matcher(envelope);
            if (!locator.find() || !serial.find() || serial.start() < locator.end()) {
                throw new IllegalStateException("lo1-request.xml: the receiver locator code before the serial number expected");
            }
            // once, not per request: the regular expressions cost the client CPU the gateway then lacked
            this.template = new String[] {envelope.substring(0, locator.start()) + "<ReceiverLocatorCode>36",
                    "00</ReceiverLocatorCode>" + envelope.substring(locator.end(), serial.start()) + "<TransactionSerialNumber>",
                    "</TransactionSerialNumber>" + envelope.substring(serial.end())};
        }
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        SoapLoadBenchmark benchmark = new SoapLoadBenchmark(
                options.getOrDefault("url", "http://localhost:8080"),
                options.getOrDefault("broker", "tcp://localhost:61616"),
                options.getOrDefault("partner", "ca-dcss"),
                options.getOrDefault("secret", "ca-demo-secret"));
        benchmark.brokerUser = options.getOrDefault("broker-user", benchmark.brokerUser);
        benchmark.brokerPassword = options.getOrDefault("broker-password", benchmark.brokerPassword);
        benchmark.heapSampleMillis = Long.parseLong(options.getOrDefault("heap-sample-ms", "1000"));
        if (benchmark.heapSampleMillis <= 0) {
            throw new IllegalArgumentException("--heap-sample-ms must be a positive number of milliseconds, not "
                    + benchmark.heapSampleMillis);
        }
        String readAnswers = options.getOrDefault("read-answers", "true");
        if (!"true".equals(readAnswers) && !"false".equals(readAnswers)) {
            throw new IllegalArgumentException("--read-answers true or false, not " + readAnswers);
        }
        benchmark.readAnswers = Boolean.parseBoolean(readAnswers);
        String client = options.getOrDefault("client", "plain");
        if ("plain".equals(client)) {
            URI url = URI.create(benchmark.baseUrl);
            if (!"http".equals(url.getScheme())) {
                throw new IllegalArgumentException("--client plain speaks plain HTTP only, not " + url.getScheme()
                        + " (" + benchmark.baseUrl + "): use --client jdk");
            }
            benchmark.plain = new PlainHttpClient(url.getHost(), url.getPort() < 0 ? 80 : url.getPort(),
                    "/services/exchange", "Content-Type: text/xml; charset=UTF-8\r\nAuthorization: "
                    + benchmark.authorization + "\r\n", 60_000);
        } else if (!"jdk".equals(client)) {
            throw new IllegalArgumentException("--client plain or jdk, not " + client);
        }
        String mode = options.getOrDefault("mode", "throughput");
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "2000"));
        if ("false".equals(options.get("consume"))) {
            // Send only, leaving the district queues to be counted (the fault scripts have their own load: docs/fault-scripts.md).
            int count = Integer.parseInt(options.getOrDefault("count", "3000"));
            benchmark.closedLoop(count, Integer.parseInt(options.getOrDefault("concurrency", "16")), true);
            System.out.printf("receipts: %d, faults: %d%n", benchmark.receipts.get(), benchmark.faults.get());
            System.exit(0);
        }
        if ("raw".equals(mode)) {
            // the raw broker rate alone (a check of the broker, or of the machine)
            RawBrokerRate.Result raw = RawBrokerRate.measure(new ActiveMQConnectionFactory(
                            RawBrokerRate.withConfirmationWindow(benchmark.brokerUrl), options.get("raw-user"),
                            options.getOrDefault("raw-password", "")), options.getOrDefault("raw-queue", "perf.baseline"),
                    Duration.ofSeconds(5), Duration.ofSeconds(Long.parseLong(options.getOrDefault("raw-seconds", "20"))),
                    Integer.parseInt(options.getOrDefault("raw-producers", "2")),
                    Integer.parseInt(options.getOrDefault("raw-consumers", "2")));
            System.out.println("raw broker rate: " + raw.describe());
            System.exit(0);
        }
        benchmark.run(mode, options, warmup);
        System.exit(0);
    }

    void run(String mode, Map<String, String> options, int warmup) throws Exception {
        System.out.printf("csx-gateway SOAP load benchmark: %s, %d cores, gateway %s, client %s%n", mode,
                Runtime.getRuntime().availableProcessors(), baseUrl, plain != null ? "plain" : "jdk");
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl, brokerUser, brokerPassword);
        BenchmarkReport report = new BenchmarkReport("SOAP load benchmark (" + mode + ")");
        try (Connection connection = factory.createConnection()) {
            for (String county : COUNTIES) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(session.createQueue("district.36" + county + ".inbound"));
                consumer.setMessageListener(message -> {
                    long now = System.nanoTime();
                    try {
                        String serial = message.getStringProperty(MessageHeaders.SERIAL_NUMBER);
                        Long origin = awaited.remove(serial);
                        if (origin == null) {
                            notAwaited.incrementAndGet(); // an earlier run's, or another sender's
                        } else if (faulted.contains(serial)) {
                            forwardedAfterFault.incrementAndGet();
                        } else {
                            endToEndNanos.add(now - origin);
                            lastForwardNanos.accumulateAndGet(now, Math::max);
                        }
                    } catch (jakarta.jms.JMSException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            if (readAnswers) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                session.createConsumer(session.createQueue(QueueNames.partnerOutbound(partner)))
                        .setMessageListener(message -> answersRead.incrementAndGet());
            }
            connection.start();

            if (warmup > 0) {
                System.out.printf("warm-up: %d transmittals, then drained, counted nowhere%n", warmup);
                closedLoop(warmup, 16, false);
                if (!awaitForwarded(Duration.ofSeconds(300))) {
                    System.out.printf("warm-up: %d never reached a district queue%n", awaitedReceipted());
                }
            }
            // sampling from before the warm-up at the rate: its first requests to the actuator fall outside the measurement
            HeapSampler heap = new HeapSampler();
            heap.start();
            int rateWarmup = Integer.parseInt(options.getOrDefault("rate-warmup-seconds", "10"));
            if ("rate".equals(mode) && rateWarmup > 0) {
                // at the measured rate, in this JVM: its clients' threads, connections and compiled code are warm when
                // measuring starts (a fresh client's first seconds measured its own start, not the gateway)
                System.out.printf("warm-up: %d s at the measured rate, then drained, counted nowhere%n", rateWarmup);
                openLoop(Integer.parseInt(options.getOrDefault("rate", "500")), rateWarmup, false);
                if (!awaitForwarded(Duration.ofSeconds(300))) {
                    System.out.printf("warm-up: %d never reached a district queue%n", awaitedReceipted());
                }
            }
            awaited = new ConcurrentHashMap<>();
            faulted.clear();
            receipts.set(0);
            faults.set(0);
            notAwaited.set(0);
            forwardedAfterFault.set(0);
            receiptLatencies.clear();
            endToEndNanos.clear();
            peakLiveHeap.set(0);
            peakUsedHeap.set(0);
            Map<String, Double> countersBefore = new HashMap<>();
            for (String name : GATEWAY_COUNTERS) {
                countersBefore.put(name, counter(name));
            }

            long clientCpuBefore = clientCpuNanos();
            long started = System.nanoTime();
            lastForwardNanos.set(started);
            int sent;
            String load;
            if ("rate".equals(mode)) {
                int rate = Integer.parseInt(options.getOrDefault("rate", "500"));
                int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
                load = String.format("open loop, %d/s for %d s after %d s at that rate (drained before), latencies from the"
                        + " scheduled send time", rate, seconds, rateWarmup);
                sent = openLoop(rate, seconds, true);
            } else {
                sent = Integer.parseInt(options.getOrDefault("count", "30000"));
                int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "32"));
                load = String.format("closed loop, %d clients, %,d transmittals", concurrency, sent);
                closedLoop(sent, concurrency, true);
            }
            long receiptsDone = System.nanoTime();
            long clientCpu = clientCpuNanos() - clientCpuBefore;
            String timelineFile = options.get("timeline");
            if (timelineFile != null) {
                // one line per receipt: its origin as wall-clock epoch ms, and its latency in ms (where a tail came from)
                long epochAtStart = System.currentTimeMillis() - (System.nanoTime() - started) / 1_000_000;
                StringBuilder lines = new StringBuilder("origin_epoch_ms,latency_ms\n");
                for (long[] t : receiptLatencies) {
                    lines.append(epochAtStart + (t[0] - started) / 1_000_000).append(',')
                            .append(String.format("%.2f", t[1] / 1e6)).append('\n');
                }
                Files.writeString(Path.of(timelineFile), lines);
            }
            boolean allForwarded = awaitForwarded(Duration.ofSeconds(300));
            heap.stop();
            double allocated = growth("jvm.gc.memory.allocated", countersBefore);
            double compiling = growth("jvm.compilation.time", countersBefore);
            double cpuNanos = growth("process.cpu.time", countersBefore);
            double statements = growth("csx.receipts.statements", countersBefore);
            double written = growth("csx.receipts.written", countersBefore);

            double receiptSeconds = (receiptsDone - started) / 1e9;
            double forwardSeconds = (lastForwardNanos.get() - started) / 1e9;
            long[] receiptNanos = receiptLatencies.stream().mapToLong(t -> t[1]).sorted().toArray();
            long[] e2e = sorted(endToEndNanos);
            double endToEndRate = e2e.length / forwardSeconds;
            endToEndRateValue = endToEndRate;
            report.row("load", load + ", after a warm-up of " + warmup + " (drained before)")
                    .row("transmittals sent", String.format("%,d", sent))
                    .row("receipts (HTTP 200 with a tracking id) / faults", String.format("%,d / %,d", receipts.get(), faults.get()))
                    .row("receipts per second", String.format("%,.0f (%.1f s)", receipts.get() / receiptSeconds, receiptSeconds))
                    .row("receipt latency", String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", percentile(receiptNanos, 50),
                            percentile(receiptNanos, 99), percentile(receiptNanos, 100)))
                    .row("receipted and consumed from a district queue", String.format("%,d%s", e2e.length,
                            allForwarded ? "" : " (NOT ALL: " + awaitedReceipted() + " missing after 300 s)"))
                    .row("end to end (district queue) per second", String.format("%,.0f (%.1f s to the last referral consumed)",
                            endToEndRate, forwardSeconds))
                    .row("intake to district queue", String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms", percentile(e2e, 50),
                            percentile(e2e, 99), percentile(e2e, 100)))
                    .row("partner's answers read from " + QueueNames.partnerOutbound(partner) + " during the run",
                            readAnswers ? String.format("%,d (read as they come, warm-up included)", answersRead.get())
                                    : "none (--read-answers false: left on the queue)")
                    .row("faulted but forwarded anyway / referrals not awaited", forwardedAfterFault.get() + " / " + notAwaited.get())
                    .row("gateway live heap (max jvm.gc.live.data.size)", mb(peakLiveHeap.get()))
                    .row("gateway heap used, garbage included (max sampled)", mb(peakUsedHeap.get()))
                    .row("gateway allocation per transmittal sent (jvm.gc.memory.allocated; counted at each young"
                            + " collection, so to within one young generation over the run)",
                            !Double.isNaN(allocated) && sent > 0
                                    ? String.format("%,.0f KB (%,.0f MB in all)", allocated / sent / 1e3, allocated / 1e6)
                                    : "not read")
                    // the gateway's JIT still at work while measured: its compiler threads take the same two cores
                    // (their elapsed time, summed: on a full machine it includes their wait for a core)
                    .row("gateway JIT compilation during the measurement (jvm.compilation.time)",
                            !Double.isNaN(compiling) ? String.format("%,.0f ms", compiling) : "not read")
                    // the gateway's JVM alone: the embedded broker and the JDBC driver included, PostgreSQL's processes
                    // not (the counter is in nanoseconds)
                    .row("gateway JVM CPU per transmittal sent (process.cpu.time)",
                            !Double.isNaN(cpuNanos) && sent > 0 ? String.format("%.2f ms", cpuNanos / 1e6 / sent) : "not read")
                    // what this client took of the same cores while sending (its JVM: senders, district consumers,
                    // JIT and GC), taken from the gateway
                    .row("load client CPU per transmittal sent (" + (plain != null ? "plain sockets" : "JDK HttpClient")
                            + ", until the last receipt)", String.format("%.2f ms", clientCpu / 1e6 / sent))
                    .row("SOAP receipts per statement (csx.receipts.written / csx.receipts.statements)",
                            statements > 0 && !Double.isNaN(written) ? String.format("%.2f (%,.0f statements)",
                                    written / statements, statements) : "not read");
            String pid = options.get("gateway-pid");
            if (pid != null) {
                report.row("gateway heap after a full GC at the end (jcmd GC.class_histogram)", mb(heapAfterFullGc(pid)));
            }
        }

        String rawUser = options.get("raw-user");
        if (rawUser == null) {
            report.row("raw broker rate", "not measured (give --raw-user/--raw-password: a login allowed to send)");
        } else {
            System.out.println("raw broker: persistent 4 KiB messages, same broker");
            RawBrokerRate.Result raw = RawBrokerRate.measure(
                    new ActiveMQConnectionFactory(RawBrokerRate.withConfirmationWindow(brokerUrl), rawUser,
                            options.getOrDefault("raw-password", "")),
                    options.getOrDefault("raw-queue", "perf.baseline"), Duration.ofSeconds(5),
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("raw-seconds", "20"))),
                    Integer.parseInt(options.getOrDefault("raw-producers", "2")),
                    Integer.parseInt(options.getOrDefault("raw-consumers", "2")));
            report.row("raw broker rate (same broker, same run)", raw.describe());
            report.row("end to end / raw broker", String.format("%.1f %%", 100.0 * endToEndRateValue / raw.consumedPerSecond()));
        }
        Path file = report.write("soap-load");
        System.out.println("table: " + file);
    }

    /** The measured end-to-end rate, for the ratio to the raw broker rate. */
    private double endToEndRateValue = Double.NaN;

    private void closedLoop(int count, int concurrency, boolean record) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        AtomicInteger remaining = new AtomicInteger(count);
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int c = 0; c < concurrency; c++) {
            clients.execute(() -> {
                while (remaining.getAndDecrement() > 0) {
                    submitOne(System.nanoTime(), record);
                }
                if (plain != null) {
                    plain.release(); // this pool's threads end here: their connections with them
                }
                done.countDown();
            });
        }
        done.await();
        clients.shutdown();
    }

    /** The open loop's sending threads: the same for the warm-up at the rate and the measurement. */
    private final ExecutorService rateClients = Executors.newFixedThreadPool(128);

    private int openLoop(int rate, int seconds, boolean record) throws InterruptedException {
        int total = rate * seconds;
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            // measured from 'due': a send that waits for a free client, or a gateway that answers late, shows
            rateClients.execute(() -> {
                submitOne(due, record);
                done.countDown();
            });
        }
        done.await();
        return total;
    }

    /** Sends one transmittal; latencies run from {@code origin} (the scheduled time in rate mode). */
    private void submitOne(long origin, boolean record) {
        long n = serials.incrementAndGet();
        String serial = String.format("%012d", serialBase + n);
        String county = COUNTIES[(int) (n % COUNTIES.length)];
        String body = template[0] + county + template[1] + serial + template[2];
        awaited.put(serial, origin); // before sending: the referral may come before the answer
        try {
            int status;
            String answer;
            if (plain != null) {
                PlainHttpClient.Answer response = plain.post(body.getBytes(StandardCharsets.UTF_8));
                status = response.status();
                answer = response.body();
            } else {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/services/exchange"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "text/xml; charset=UTF-8")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                answer = response.body();
            }
            long latency = System.nanoTime() - origin;
            Matcher matcher = TRACKING_ID.matcher(answer);
            if (status != 200 || FAULT.matcher(answer).find() || !matcher.find()) {
                fault(serial);
                return;
            }
            receipts.incrementAndGet();
            if (record) {
                receiptLatencies.add(new long[] {origin, latency});
            }
        } catch (IOException e) {
            fault(serial);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fault(serial);
        }
    }

    /** This client's JVM's CPU so far (all its threads), nanoseconds. */
    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void fault(String serial) {
        faults.incrementAndGet();
        faulted.add(serial);
    }

    /** How many receipted transmittals have not reached a district queue yet. */
    private long awaitedReceipted() {
        return awaited.keySet().stream().filter(s -> !faulted.contains(s)).count();
    }

    private boolean awaitForwarded(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (awaitedReceipted() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return awaitedReceipted() == 0;
    }

    /**
     * The gateway's heap after a full GC, from the JVM itself in one step: jcmd GC.class_histogram collects first and
     * counts only what is still reachable ("Total" line, bytes). The heap used read from the actuator after a separate
     * jcmd GC.run already held what the gateway allocated in between (221 MB against the GC log's 142 MB once).
     */
    private long heapAfterFullGc(String pid) {
        try {
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            Process histogram = new ProcessBuilder(jcmd.toString(), pid, "GC.class_histogram").redirectErrorStream(true).start();
            String out = new String(histogram.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(out);
            return histogram.waitFor() == 0 && total.find() ? Long.parseLong(total.group(1)) : -1;
        } catch (IOException | InterruptedException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The gateway's counters read before and after the measurement. jvm.gc.memory.allocated gives the allocation per
     * transmittal: far steadier from run to run than time on this machine (26,028-26,170 MB for the same load in three
     * runs of 2026-12-04).
     */
    private static final List<String> GATEWAY_COUNTERS = List.of("jvm.gc.memory.allocated", "jvm.compilation.time",
            "process.cpu.time", "csx.receipts.statements", "csx.receipts.written");

    /** How much a gateway counter grew since it was read into {@code before}; NaN if either read failed. */
    private double growth(String name, Map<String, Double> before) {
        double now = counter(name);
        double then = before.get(name);
        return now < 0 || then < 0 ? Double.NaN : now - then;
    }

    /** A counter of the gateway's actuator, or -1 if it cannot be read. */
    private double counter(String name) {
        try {
            return metric(name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private double metric(String name) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/metrics/" + name))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                (brokerUser + ":" + brokerPassword).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher matcher = Pattern.compile("\"value\":([0-9.E+]+)").matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " from the actuator: HTTP " + response.statusCode());
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static long[] sorted(List<Long> values) {
        synchronized (values) {
            return values.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "n/a" : String.format("%,d MB", bytes / (1024 * 1024));
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** Samples the gateway's live heap (after GC) and used heap through Spring Boot actuator (--heap-sample-ms). */
    private final class HeapSampler {
        private final java.util.concurrent.ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

        void start() {
            scheduler.scheduleAtFixedRate(() -> {
                try {
                    peakLiveHeap.accumulateAndGet((long) metric("jvm.gc.live.data.size"), Math::max);
                    peakUsedHeap.accumulateAndGet((long) metric("jvm.memory.used?tag=area:heap"), Math::max);
                } catch (IOException | InterruptedException | RuntimeException e) {
                    // a missed sample only makes the peak less exact
                }
            }, 0, heapSampleMillis, TimeUnit.MILLISECONDS);
        }

        void stop() {
            scheduler.shutdownNow();
        }
    }
}
