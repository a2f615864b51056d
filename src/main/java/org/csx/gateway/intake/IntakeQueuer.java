package org.csx.gateway.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.camel.ExchangeProperty;
import org.csx.gateway.contract.MessageHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Queues what the SOAP channel stored, several transmittals at a time: one thread takes what the requests handed over
 * since its last send (waiting up to {@code linger} for more, at most the queue's batch size) and puts it on the intake
 * queue as one batch pointer in one broker transaction ({@link IntakeQueue}). So a request no longer waits for a
 * persistent send of its own, and processing takes the batch in one database transaction.
 *
 * <p>Nothing is lost that was receipted: a receipt is given once the transmittal is committed in the ledger, never
 * on the strength of this queue. What is handed over but not yet sent when the process dies, or what the broker
 * refuses, stays RECEIVED in the ledger and {@link IntakeRecoveryJob} queues it again (docs/durability.md), exactly
 * as when the SOAP route's own send failed before.
 */
public class IntakeQueuer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntakeQueuer.class);
    /** Handed over but not yet sent; a request waits for room (back-pressure) rather than outrun the broker. */
    private static final int CAPACITY = 10_000;
    private static final Duration ROOM_WAIT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(200);

    private final IntakeQueue queue;
    private final int batchSize;
    private final long lingerNanos;
    private final BlockingQueue<IntakeResult> waiting = new LinkedBlockingQueue<>(CAPACITY);
    private volatile boolean running;
    private Thread sender;

    /** Sends at most the queue's batch size at a time: one intake message per send. */
    public IntakeQueuer(IntakeQueue queue, Duration linger) {
        this.queue = queue;
        this.batchSize = queue.batchSize();
        this.lingerNanos = linger.toNanos();
    }

    /** Called by the SOAP route once the transmittal is stored; a resend was queued before and is not again. */
    public void queue(@ExchangeProperty(MessageHeaders.INTAKE_RESULT) IntakeResult stored) throws InterruptedException {
        if (stored.resent()) {
            return;
        }
        if (!running || !waiting.offer(stored, ROOM_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("Transmittal {} stored but not queued (the queuer is {}); the recovery job will queue it",
                    stored.receipt().trackingId(), running ? "full" : "stopped");
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        sender = new Thread(this::sendWhileRunning, "intake-queuer");
        sender.setDaemon(true);
        // below the HTTP threads: the receipt was given on the ledger's commit, queuing it is processing's business
        sender.setPriority(Thread.MIN_PRIORITY);
        sender.start();
    }

    /**
     * Sends what was handed over before stopping, so an orderly shutdown leaves nothing for the recovery job (a
     * request still handing over afterwards is told so in the log, and its transmittal waits for that job). Lifecycle
     * beans stop before any bean is destroyed: the broker's connection factory is still there.
     */
    @Override
    public synchronized void stop() {
        running = false; // the sender sees it within its poll's timeout; no interrupt in the middle of a send
        if (sender != null) {
            try {
                sender.join(ROOM_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sender = null;
        }
        List<IntakeResult> left = new ArrayList<>();
        waiting.drainTo(left);
        send(left); // IntakeQueue cuts it into batch pointers, all in one broker transaction
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void sendWhileRunning() {
        List<IntakeResult> batch = new ArrayList<>(batchSize);
        while (running) {
            try {
                IntakeResult first = waiting.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long until = System.nanoTime() + lingerNanos;
                // running is checked at least every POLL: stop() never waits out a long linger
                while (batch.size() < batchSize && running) {
                    waiting.drainTo(batch, batchSize - batch.size());
                    long left = until - System.nanoTime();
                    if (batch.size() >= batchSize || left <= 0) {
                        break;
                    }
                    IntakeResult next = waiting.poll(Math.min(left, POLL.toNanos()), TimeUnit.NANOSECONDS);
                    if (next != null) {
                        batch.add(next);
                    }
                }
            } catch (InterruptedException e) {
                running = false; // what is in hand is sent below, the rest by stop()
            }
            if (!batch.isEmpty()) {
                send(batch);
                batch.clear();
            }
        }
    }

    private void send(List<IntakeResult> batch) {
        try {
            queue.send(batch);
        } catch (RuntimeException e) {
            log.warn("{} transmittal(s) stored but not queued ({}); the recovery job will queue them", batch.size(),
                    e.getClass().getSimpleName());
        }
    }
}
