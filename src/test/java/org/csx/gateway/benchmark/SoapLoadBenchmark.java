package org.csx.gateway.benchmark;

import org.csx.gateway.contract.MessageHeaders;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * Load benchmark for a RUNNING gateway (default profile, demo partner ca-dcss): submits transmittals over
 * SOAP concurrently, and reads the district queues over TCP as districts would.
 *
 * <p>Reports receipts per second, receipt latency (p50/p99), intake-to-district-queue latency (p50/p99),
 * and the gateway's peak heap (sampled from /actuator/metrics). Two modes:
 * <ul>
 *   <li>{@code --mode throughput --count N --concurrency C}: C clients send as fast as they can;</li>
 *   <li>{@code --mode rate --rate R --seconds S}: an open loop at R transmittals per second.</li>
 * </ul>
 * {@code --consume false} only sends, and leaves the district queues alone.
 * Not a test: run it by hand (README, "Performance").
 */
public final class SoapLoadBenchmark {

    private static final Pattern TRACKING_ID = Pattern.compile("<ns2:TrackingId>([^<]+)</ns2:TrackingId>");
    private static final String[] COUNTIES = {"001", "029", "055", "067"}; // Albany, Erie, Monroe, Onondaga

    private final String baseUrl;
    private final String brokerUrl;
    /** The login that reads the district queues and the actuator: the demo administrator unless given (--broker-user). */
    private String brokerUser = "broker-admin";
    private String brokerPassword = "admin-demo-secret";
    private final String authorization;
    private final String template;
    private final HttpClient http;
    private final long serialBase = (System.currentTimeMillis() / 1000) % 100_000_000L * 1000;
    private final AtomicLong serials = new AtomicLong();
    private final Map<String, Long> sentAtNanos = new ConcurrentHashMap<>();
    private final List<long[]> receiptLatencies = new ArrayList<>();
    private final List<Long> endToEndNanos = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger faults = new AtomicInteger();
    private final AtomicLong peakHeapBytes = new AtomicLong();

    SoapLoadBenchmark(String baseUrl, String brokerUrl, String partner, String secret) throws IOException {
        this.baseUrl = baseUrl;
        this.brokerUrl = brokerUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((partner + ":" + secret).getBytes(StandardCharsets.UTF_8));
        try (InputStream in = SoapLoadBenchmark.class.getResourceAsStream("/examples/lo1-request.xml")) {
            String transmittal = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
            this.template = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                    + transmittal + "</soap:Body></soap:Envelope>";
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
        String mode = options.getOrDefault("mode", "throughput");
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "2000"));
        if ("false".equals(options.get("consume"))) {
            // Send only, leaving the district queues to be counted (the fault scripts have their own load: docs/fault-scripts.md).
            int count = Integer.parseInt(options.getOrDefault("count", "3000"));
            benchmark.closedLoop(count, Integer.parseInt(options.getOrDefault("concurrency", "16")), true);
            System.out.printf("receipts: %d, faults: %d%n", benchmark.sentAtNanos.size(), benchmark.faults.get());
            System.exit(0);
        }
        benchmark.run(mode, options, warmup);
        System.exit(0);
    }

    void run(String mode, Map<String, String> options, int warmup) throws Exception {
        System.out.printf("csx-gateway SOAP load benchmark: %s, %d cores, gateway %s%n", mode,
                Runtime.getRuntime().availableProcessors(), baseUrl);
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl, brokerUser, brokerPassword);
        try (Connection connection = factory.createConnection()) {
            for (String county : COUNTIES) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(session.createQueue("district.36" + county + ".inbound"));
                consumer.setMessageListener(message -> {
                    try {
                        Long sent = sentAtNanos.remove(message.getStringProperty(MessageHeaders.TRACKING_ID));
                        if (sent != null) {
                            endToEndNanos.add(System.nanoTime() - sent);
                        }
                    } catch (jakarta.jms.JMSException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
            connection.start();
            ScheduledHeapSampler heap = new ScheduledHeapSampler();
            heap.start();

            if (warmup > 0) {
                System.out.printf("warm-up: %d transmittals%n", warmup);
                closedLoop(warmup, 16, false);
                awaitForwarded(Duration.ofSeconds(120));
                endToEndNanos.clear();
                peakHeapBytes.set(0);
            }

            long started = System.nanoTime();
            int sent;
            if ("rate".equals(mode)) {
                sent = openLoop(Integer.parseInt(options.getOrDefault("rate", "500")),
                        Integer.parseInt(options.getOrDefault("seconds", "30")));
            } else {
                sent = Integer.parseInt(options.getOrDefault("count", "30000"));
                closedLoop(sent, Integer.parseInt(options.getOrDefault("concurrency", "32")), true);
            }
            long receiptsDone = System.nanoTime();
            boolean allForwarded = awaitForwarded(Duration.ofSeconds(300));
            long lastForward = System.nanoTime();
            heap.stop();

            double receiptSeconds = (receiptsDone - started) / 1e9;
            double totalSeconds = (lastForward - started) / 1e9;
            long[] receipts;
            synchronized (receiptLatencies) {
                receipts = receiptLatencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            }
            long[] e2e = endToEndNanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("transmittals sent:          %d (%d faults)%n", sent, faults.get());
            System.out.printf("receipts per second:        %.0f (%.1f s)%n", sent / receiptSeconds, receiptSeconds);
            System.out.printf("forwarded to district:      %d%s, end to end %.0f per second (%.1f s to the last forward)%n",
                    e2e.length, allForwarded ? "" : " (NOT ALL)", e2e.length / totalSeconds, totalSeconds);
            System.out.printf("receipt latency:            p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    percentile(receipts, 50), percentile(receipts, 99), percentile(receipts, 100));
            System.out.printf("intake to district queue:   p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    percentile(e2e, 50), percentile(e2e, 99), percentile(e2e, 100));
            System.out.printf("gateway peak heap used:     %d MB%n", peakHeapBytes.get() / (1024 * 1024));
        }
    }

    private void closedLoop(int count, int concurrency, boolean record) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        AtomicInteger remaining = new AtomicInteger(count);
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int c = 0; c < concurrency; c++) {
            clients.execute(() -> {
                List<Long> mine = new ArrayList<>();
                while (remaining.getAndDecrement() > 0) {
                    long latency = submitOne();
                    if (record && latency >= 0) {
                        mine.add(latency);
                    }
                }
                if (record) {
                    synchronized (receiptLatencies) {
                        receiptLatencies.add(mine.stream().mapToLong(Long::longValue).toArray());
                    }
                }
                done.countDown();
            });
        }
        done.await();
        clients.shutdown();
    }

    private int openLoop(int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        ExecutorService clients = Executors.newFixedThreadPool(128);
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            clients.execute(() -> {
                long latency = submitOne();
                if (latency >= 0) {
                    latencies.add(latency);
                }
                done.countDown();
            });
        }
        done.await();
        clients.shutdown();
        synchronized (receiptLatencies) {
            receiptLatencies.add(latencies.stream().mapToLong(Long::longValue).toArray());
        }
        return total;
    }

    /** @return the receipt latency in nanoseconds, or -1 on a fault */
    private long submitOne() {
        long n = serials.incrementAndGet();
        String serial = String.format("%012d", serialBase + n);
        String county = COUNTIES[(int) (n % COUNTIES.length)];
        String body = template
                .replaceFirst("<TransactionSerialNumber>[0-9]*</TransactionSerialNumber>",
                        "<TransactionSerialNumber>" + serial + "</TransactionSerialNumber>")
                .replace("<ReceiverLocatorCode>3600100</ReceiverLocatorCode>",
                        "<ReceiverLocatorCode>36" + county + "00</ReceiverLocatorCode>");
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/services/exchange"))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long latency = System.nanoTime() - sent;
            Matcher matcher = TRACKING_ID.matcher(response.body());
            if (response.statusCode() != 200 || !matcher.find()) {
                faults.incrementAndGet();
                return -1;
            }
            sentAtNanos.put(matcher.group(1), sent);
            return latency;
        } catch (IOException e) {
            faults.incrementAndGet();
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private boolean awaitForwarded(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!sentAtNanos.isEmpty() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return sentAtNanos.isEmpty();
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

    /** Samples the gateway's used heap every 100 ms through Spring Boot actuator. */
    private final class ScheduledHeapSampler {
        private final java.util.concurrent.ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        private final Pattern value = Pattern.compile("\"value\":([0-9.E+]+)");

        void start() {
            scheduler.scheduleAtFixedRate(() -> {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                            (brokerUser + ":" + brokerPassword).getBytes(StandardCharsets.UTF_8))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher matcher = value.matcher(response.body());
                    if (matcher.find()) {
                        peakHeapBytes.accumulateAndGet((long) Double.parseDouble(matcher.group(1)), Math::max);
                    }
                } catch (IOException | InterruptedException | RuntimeException e) {
                    // a missed sample only makes the peak less exact
                }
            }, 0, 100, TimeUnit.MILLISECONDS);
        }

        void stop() {
            scheduler.shutdownNow();
        }
    }
}
