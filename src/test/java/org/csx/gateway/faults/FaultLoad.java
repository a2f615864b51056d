package org.csx.gateway.faults;

import java.io.IOException;
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
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.csx.gateway.faults.FaultPartners.FaultPartner;
import org.csx.gateway.faults.FaultRecords.Attempt;
import org.csx.gateway.faults.FaultRecords.GaveUp;
import org.csx.gateway.faults.FaultRecords.Outcome;
import org.csx.gateway.faults.FaultRecords.Receipt;
import org.csx.gateway.faults.FaultRecords.Resend;
import org.csx.gateway.faults.FaultRecords.Sink;
import org.csx.gateway.faults.FaultTransmittals.Answer;

/**
 * The load of the fault scripts: the eight {@link FaultPartners} send LO1 transmittals over SOAP, each client
 * sending one serial number until it is receipted (a fault or a dead connection: the SAME serial number again
 * after a pause), then the next one. It runs across the faults: the scripts kill and restart servers under it.
 *
 * <p>Bounded: new serial numbers stop when the stop file appears, after {@code --max-seconds} or after
 * {@code --max-count}; a serial number still unreceipted is resent for at most {@code --drain-seconds} more,
 * then given up (written to gave-up.tsv). Then, once the stop file says the last fault is over, every receipted
 * transmittal (or {@code --resend-fraction} of them) is sent once more, until answered or for at most
 * {@code --drain-seconds} from its own first try, to check the answer is the original receipt. Everything is written under
 * {@code --out} (FaultRecords) for {@link FaultCheck}. Not a test: run by src/test/scripts/faults.
 */
public final class FaultLoad {

    private final HttpClient http;
    /** One or more gateway instances (--url a,b): each client prefers one, and tries the next after a failure. */
    private final List<URI> endpoints;
    private final Duration requestTimeout;
    private final FaultTransmittals transmittals = new FaultTransmittals();
    private final Map<String, AtomicLong> serials = new HashMap<>();
    private final List<Receipt> receipts = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger faults = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger resendingNow = new AtomicInteger();
    private final Map<String, String> lastError = new ConcurrentHashMap<>();
    private volatile boolean stopNew;
    private volatile long drainDeadline = Long.MAX_VALUE;

    FaultLoad(String baseUrl, Duration requestTimeout) {
        this.endpoints = java.util.Arrays.stream(baseUrl.split(",")).map(String::strip)
                .map(u -> URI.create(u + "/services/exchange")).toList();
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
        FaultPartners.ALL.forEach(p -> serials.put(p.id(), new AtomicLong()));
    }

    /** Serial numbers start after this one (several loads against one ledger, e.g. the scale-out script's phases). */
    FaultLoad serialsAfter(long offset) {
        serials.values().forEach(s -> s.set(offset));
        return this;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        Path out = Path.of(o.getOrDefault("out", "target/faults/run"));
        Files.createDirectories(out);
        Path stopFile = Path.of(o.getOrDefault("stop-file", out.resolve("stop").toString()));
        long maxSeconds = Long.parseLong(o.getOrDefault("max-seconds", "1800"));
        long maxCount = Long.parseLong(o.getOrDefault("max-count", "100000"));
        int clientsPerPartner = Integer.parseInt(o.getOrDefault("clients-per-partner", "2"));
        long drainSeconds = Long.parseLong(o.getOrDefault("drain-seconds", "300"));
        double resendFraction = Double.parseDouble(o.getOrDefault("resend-fraction", "1.0"));
        FaultLoad load = new FaultLoad(o.getOrDefault("url", "http://127.0.0.1:48080"),
                Duration.ofSeconds(Long.parseLong(o.getOrDefault("http-timeout-seconds", "90"))))
                .serialsAfter(Long.parseLong(o.getOrDefault("serial-offset", "0")));
        int code = load.run(out, stopFile, maxSeconds, maxCount, clientsPerPartner, drainSeconds, resendFraction);
        System.exit(code);
    }

    int run(Path out, Path stopFile, long maxSeconds, long maxCount, int clientsPerPartner, long drainSeconds,
            double resendFraction) throws Exception {
        long started = System.currentTimeMillis();
        AtomicLong issued = new AtomicLong();
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor();
        watcher.scheduleAtFixedRate(() -> {
            if (!stopNew && (Files.exists(stopFile) || System.currentTimeMillis() - started > maxSeconds * 1000)) {
                stopNew = true;
                drainDeadline = System.currentTimeMillis() + drainSeconds * 1000;
                System.out.printf("load: no new serial numbers from now (%d issued); resending the unreceipted for at most %d s%n",
                        issued.get(), drainSeconds);
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        progress.scheduleAtFixedRate(() -> System.out.printf("load: %5.0f s  receipts %d  faults %d  connection errors %d  being resent %d%n",
                (System.currentTimeMillis() - started) / 1000.0, receipts.size(), faults.get(), errors.get(), resendingNow.get()),
                5, 5, TimeUnit.SECONDS);

        List<GaveUp> gaveUp = Collections.synchronizedList(new ArrayList<>());
        try (Sink attempts = new Sink(out.resolve(FaultRecords.ATTEMPTS))) {
            ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor();
            flusher.scheduleAtFixedRate(attempts::flush, 1, 1, TimeUnit.SECONDS);
            ExecutorService clients = Executors.newFixedThreadPool(FaultPartners.ALL.size() * clientsPerPartner);
            int clientIndex = 0;
            for (FaultPartner partner : FaultPartners.ALL) {
                for (int c = 0; c < clientsPerPartner; c++) {
                    int preferred = clientIndex++;
                    clients.execute(() -> {
                        while (!stopNew && issued.incrementAndGet() <= maxCount) {
                            String serial = FaultTransmittals.serial(serials.get(partner.id()).incrementAndGet());
                            GaveUp failed = sendUntilReceipted(partner, serial, attempts, preferred);
                            if (failed != null) {
                                gaveUp.add(failed);
                            }
                        }
                        if (!stopNew) {
                            stopNew = true; // max-count reached: stop the other clients too
                            drainDeadline = System.currentTimeMillis() + drainSeconds * 1000;
                        }
                    });
                }
            }
            clients.shutdown();
            clients.awaitTermination(maxSeconds + drainSeconds + 600, TimeUnit.SECONDS);
            flusher.shutdownNow();
        }
        watcher.shutdownNow();
        long loadEnded = System.currentTimeMillis();
        write(out.resolve(FaultRecords.RECEIPTS), receipts.stream().map(Receipt::line).toList());
        write(out.resolve(FaultRecords.GAVE_UP), gaveUp.stream().map(GaveUp::line).toList());
        System.out.printf("load: %d transmittals receipted, %d given up, %d faults and %d connection errors on the way (%.0f s)%n",
                receipts.size(), gaveUp.size(), faults.get(), errors.get(), (loadEnded - started) / 1000.0);

        // The resends check the promise after the LAST fault: wait for the script's stop signal (new serial
        // numbers may have stopped earlier, at --max-seconds or --max-count, while faults go on).
        long signalDeadline = started + (maxSeconds + drainSeconds + 1800) * 1000;
        awaitStopSignal(stopFile, signalDeadline);
        drainDeadline = System.currentTimeMillis() + drainSeconds * 1000;
        List<Resend> resends = resendReceipted(resendFraction);
        progress.shutdownNow();
        write(out.resolve(FaultRecords.RESENDS), resends.stream().map(Resend::line).toList());
        long mismatched = resends.stream().filter(r -> !r.originalTrackingId().equals(r.returnedTrackingId())).count();
        System.out.printf("load: %d receipted transmittals sent again: %d answered with another tracking id or none (%.0f s)%n",
                resends.size(), mismatched, (System.currentTimeMillis() - loadEnded) / 1000.0);
        return 0;
    }

    /** @return null once receipted, or what was given up */
    private GaveUp sendUntilReceipted(FaultPartner partner, String serial, Sink attempts, int preferred) {
        long firstSent = System.currentTimeMillis();
        long pause = 200;
        int tries = 0;
        boolean resending = false;
        try {
            while (true) {
                tries++;
                long sent = System.currentTimeMillis();
                // after a failure the next instance, as a load balancer would
                Answer answer = submit(partner, serial, preferred + tries - 1);
                long answered = System.currentTimeMillis();
                Outcome outcome = answer.receipt() ? Outcome.RECEIPT
                        : answer.fault().startsWith("HTTP") ? Outcome.FAULT : Outcome.ERROR;
                attempts.write(new Attempt(partner.id(), serial, sent, answered, outcome, answer.trackingId(),
                        answer.resent(), answer.receivedAt(), answer.fault()).line());
                if (answer.receipt()) {
                    receipts.add(new Receipt(partner.id(), serial, answer.trackingId(), firstSent, sent, answered,
                            answer.receivedAt(), answer.resent(), tries));
                    return null;
                }
                (outcome == Outcome.FAULT ? faults : errors).incrementAndGet();
                lastError.put(partner.id(), answer.fault());
                if (!resending) {
                    resending = true;
                    resendingNow.incrementAndGet();
                }
                if (System.currentTimeMillis() > drainDeadline) {
                    return new GaveUp(partner.id(), serial, tries, answer.fault());
                }
                pause = backOff(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new GaveUp(partner.id(), serial, tries, "interrupted");
        } finally {
            if (resending) {
                resendingNow.decrementAndGet();
            }
        }
    }

    private List<Resend> resendReceipted(double fraction) throws InterruptedException {
        List<Receipt> chosen = new ArrayList<>();
        Random random = new Random(42);
        synchronized (receipts) {
            for (Receipt r : receipts) {
                if (fraction >= 1.0 || random.nextDouble() < fraction) {
                    chosen.add(r);
                }
            }
        }
        List<Resend> resends = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger next = new AtomicInteger();
        // Each resend may retry for the drain window from its own first try, as a partner's client would: with one
        // window for all, 51,725 resends at about 275/s outlasted it, and those whose first try met the killed
        // instance were no longer sent to the survivor (two-instances.sh, 2026-12-05).
        long window = Math.max(0, drainDeadline - System.currentTimeMillis());
        for (Receipt r : chosen) {
            int preferred = next.getAndIncrement();
            pool.execute(() -> {
                long deadline = System.currentTimeMillis() + window;
                FaultPartner partner = FaultPartners.byId(r.partner());
                int tries = 0;
                Answer answer = submit(partner, r.serial(), preferred + tries++);
                long pause = 200;
                while (!answer.receipt() && System.currentTimeMillis() < deadline) {
                    try {
                        pause = backOff(pause);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    answer = submit(partner, r.serial(), preferred + tries++);
                }
                resends.add(new Resend(r.partner(), r.serial(), r.trackingId(),
                        answer.receipt() ? answer.trackingId() : "", answer.resent(), answer.receipt() ? "" : answer.fault()));
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        return resends;
    }

    private Answer submit(FaultPartner partner, String serial, int instance) {
        URI endpoint = endpoints.get(Math.floorMod(instance, endpoints.size()));
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (partner.id() + ":" + partner.secret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(transmittals.soapRequest(partner, serial)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return FaultTransmittals.parse(response.statusCode(), response.body());
        } catch (IOException e) {
            return Answer.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed("interrupted");
        }
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** Waits for the script's stop file to appear (a file-system event), or the deadline. */
    private static void awaitStopSignal(Path stopFile, long deadline) throws IOException, InterruptedException {
        Path dir = stopFile.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try (java.nio.file.WatchService watch = dir.getFileSystem().newWatchService()) {
            dir.register(watch, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE);
            while (!Files.exists(stopFile)) { // checked after registering: a file made before is not missed
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return;
                }
                java.nio.file.WatchKey key = watch.poll(left, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
    }

    /**
     * A partner client's retry back-off against a gateway that is down or restarting (the fault under test): there is
     * no event a client could wait on, so it tries again after 200 ms, doubling up to 2 s. Returns the next pause.
     */
    private static long backOff(long pause) throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(pause);
        return Math.min(2000, pause * 2);
    }
}
