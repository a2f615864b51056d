package org.csx.gateway.benchmark;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw broker rate, measured by a benchmark in its own run against the gateway's own broker, as
 * {@code artemis perf client --persistent --message-size 4096} does: plain JMS producers send persistent 4 KiB
 * messages to one queue asynchronously (at most 256 unconfirmed per producer; give the factory a
 * {@code confirmationWindowSize}), consumers take them (auto-acknowledge), and the rate is what the consumers
 * received per second after a warm-up. Nothing of the gateway is involved; the figure is the ceiling the gateway's
 * end-to-end rate is compared with (issue 14).
 */
public final class RawBrokerRate {

    /** What was measured: messages per second received by the consumers, and sent by the producers. */
    public record Result(double consumedPerSecond, double producedPerSecond, int producers, int consumers,
                         Duration measured, String queue) {
        public String describe() {
            return String.format("%,.0f msg/s consumed (%,.0f/s confirmed sent), persistent 4 KiB, async sends (256 pending each), %d producers / %d consumers, %d s on %s",
                    consumedPerSecond, producedPerSecond, producers, consumers, measured.toSeconds(), queue);
        }
    }

    private RawBrokerRate() {
    }

    /**
     * Runs producers and consumers for {@code warmup + duration}; counts only what happened in {@code duration}.
     * Afterwards the queue is drained (the consumers keep going until nothing arrives for a second).
     */
    public static Result measure(ConnectionFactory factory, String queueName, Duration warmup, Duration duration,
                                 int producers, int consumers) throws Exception {
        int pendingPerProducer = 256;
        byte[] payload = new byte[4096];
        new java.util.Random(14).nextBytes(payload);
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicBoolean counting = new AtomicBoolean(false);
        AtomicLong sent = new AtomicLong();
        AtomicLong received = new AtomicLong();
        AtomicLong lastReceipt = new AtomicLong(System.nanoTime());
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        try (Connection connection = factory.createConnection()) {
            connection.start();
            for (int i = 0; i < consumers; i++) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                Queue queue = session.createQueue(queueName);
                MessageConsumer consumer = session.createConsumer(queue);
                threads.add(started("raw-consumer-" + i, () -> {
                    try {
                        while (sending.get() || System.nanoTime() - lastReceipt.get() < 1_000_000_000L) {
                            if (consumer.receive(200) != null) {
                                lastReceipt.set(System.nanoTime());
                                if (counting.get()) {
                                    received.incrementAndGet();
                                }
                            }
                        }
                    } catch (JMSException e) {
                        failures.add(e);
                    }
                }));
            }
            for (int i = 0; i < producers; i++) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(session.createQueue(queueName));
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                // Asynchronous persistent sends with a bounded window of unconfirmed ones, as artemis perf client
                // sends: each is confirmed by the broker once it is in the journal (synced); the window keeps the
                // journal's group commit busy instead of waiting for each sync in turn.
                java.util.concurrent.Semaphore window = new java.util.concurrent.Semaphore(pendingPerProducer);
                jakarta.jms.CompletionListener confirmed = new jakarta.jms.CompletionListener() {
                    @Override
                    public void onCompletion(jakarta.jms.Message message) {
                        window.release();
                        if (counting.get()) {
                            sent.incrementAndGet();
                        }
                    }

                    @Override
                    public void onException(jakarta.jms.Message message, Exception exception) {
                        window.release();
                        failures.add(exception);
                    }
                };
                threads.add(started("raw-producer-" + i, () -> {
                    try {
                        while (sending.get()) {
                            BytesMessage message = session.createBytesMessage();
                            message.writeBytes(payload);
                            window.acquire();
                            producer.send(message, confirmed);
                        }
                        window.acquire(pendingPerProducer); // every send confirmed before the session closes
                    } catch (JMSException e) {
                        failures.add(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(warmup.toNanos());
            counting.set(true);
            long start = System.nanoTime();
            java.util.concurrent.TimeUnit.NANOSECONDS.sleep(duration.toNanos());
            counting.set(false);
            long elapsed = System.nanoTime() - start;
            sending.set(false);
            for (Thread t : threads) {
                t.join(Duration.ofMinutes(2).toMillis());
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException("raw broker run failed: " + failures.get(0), failures.get(0));
            }
            double seconds = elapsed / 1e9;
            return new Result(received.get() / seconds, sent.get() / seconds, producers, consumers, duration, queueName);
        }
    }

    /** The broker URL with a confirmation window, without which asynchronous sends are not confirmed one by one. */
    public static String withConfirmationWindow(String url) {
        return url.contains("confirmationWindowSize") ? url
                : url + (url.contains("?") ? "&" : "?") + "confirmationWindowSize=1048576";
    }

    private static Thread started(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.start();
        return thread;
    }
}
