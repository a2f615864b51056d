package org.csx.gateway.delivery;

import org.csx.gateway.contract.MessageHeaders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.csx.gateway.outbox.OutboundMessage;
import org.csx.gateway.outbox.Outbox;
import org.csx.gateway.partner.PartnerProfile;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes due deliveries to partners' endpoints. Each attempt is one database transaction: the due row is claimed
 * with {@code FOR UPDATE SKIP LOCKED} (another worker or instance skips it, so a due delivery is attempted once
 * across instances), pushed, its attempt recorded and its status moved, then committed. A crash during the call
 * releases the claim and the row is attempted again: it carries the same serial number, and the partner's intake
 * answers a repeated serial number with the same receipt.
 *
 * <p>Outcomes: a Receipt → DELIVERED (receipt kept); a failure with attempts left → RETRYING at the next back-off
 * time (in the row, so it survives restarts); the last attempt, or a refusal that no retry can change (a SOAP Client
 * fault, a 4xx) → FAILED, and in the same transaction an item for staff is staged on registry.exceptions.
 */
class PartnerDeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PartnerDeliveryWorker.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SoapPush push;
    private final PartnerCredentials credentials;
    private final Function<String, PartnerProfile> profiles;
    private final Outbox outbox;
    private final String exceptionsQueue;
    private final RetrySchedule schedule;
    private final DeliveryProperties properties;
    private final PersonalDataCipher cipher;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition due = lock.newCondition();
    private boolean work;
    private volatile boolean running;
    private final List<Thread> threads = new ArrayList<>();

    PartnerDeliveryWorker(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, SoapPush push,
                          PartnerCredentials credentials, Function<String, PartnerProfile> profiles, Outbox outbox,
                          String exceptionsQueue, DeliveryProperties properties, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.push = push;
        this.credentials = credentials;
        this.profiles = profiles;
        this.outbox = outbox;
        this.exceptionsQueue = exceptionsQueue;
        this.schedule = new RetrySchedule(properties.getMaxAttempts(), properties.getFirstRetryDelay(),
                properties.getMaxRetryDelay());
        this.properties = properties;
        this.cipher = cipher;
    }

    private record Due(long id, String partnerId, String endpoint, String body, int attempts, UUID trackingId,
                       String csenetTransaction) {
    }

    /**
     * Attempts one due delivery, if there is one this instance can claim.
     *
     * @return whether one was attempted
     */
    public boolean deliverOne() {
        Boolean attempted = transaction.execute(tx -> {
            List<Due> rows = jdbc.query("""
                    SELECT id, partner_id, endpoint, body, attempts, tracking_id, csenet_transaction, message_key
                    FROM partner_delivery
                    WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= now()
                    ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
                    """, (rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getString(4) == null ? null : cipher.open(rs.getString(4), PartnerDeliveryStep.context(rs.getString(8))),
                    rs.getInt(5), rs.getObject(6, UUID.class), rs.getString(7)));
            if (rows.isEmpty()) {
                return false;
            }
            attempt(rows.get(0));
            return true;
        });
        return Boolean.TRUE.equals(attempted);
    }

    private void attempt(Due d) {
        int attempt = d.attempts() + 1;
        long started = System.nanoTime();
        SoapPush.Result result;
        try {
            PartnerProfile profile = profiles.apply(d.partnerId());
            result = push.push(d.endpoint(), credentials.resolve(profile.channels().credentialsReference()), d.body());
        } catch (IllegalStateException | IllegalArgumentException e) {
            // no profile or no login any more: configuration, which staff can fix before the next attempt
            log.warn("Delivery {} to partner {} not sent: {}", d.id(), d.partnerId(), e.getMessage());
            result = SoapPush.Result.notSent();
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        jdbc.update("""
                INSERT INTO partner_delivery_attempt (delivery_id, attempt, attempted_at, outcome, http_status, fault_code,
                    duration_ms)
                VALUES (?, ?, now(), ?, ?, ?, ?)
                """, d.id(), attempt, result.outcome().name(), result.httpStatus(), result.faultCode(), millis);
        if (result.outcome() == SoapPush.Outcome.RECEIPTED) {
            jdbc.update("""
                    UPDATE partner_delivery SET status = 'DELIVERED', attempts = ?, finished_at = now(), body = NULL,
                        receipt = ?, partner_tracking_id = ?
                    WHERE id = ?
                    """, attempt, result.receiptXml(), result.partnerTrackingId(), d.id());
            log.info("Delivery {} ({}) to partner {} receipted on attempt {}", d.id(), d.csenetTransaction(),
                    d.partnerId(), attempt);
        } else if (!result.permanent() && schedule.retriesAfter(attempt)) {
            long wait = schedule.delayAfter(attempt).toMillis();
            jdbc.update("""
                    UPDATE partner_delivery SET status = 'RETRYING', attempts = ?,
                        next_attempt_at = now() + (? * interval '1 millisecond')
                    WHERE id = ?
                    """, attempt, wait, d.id());
            log.info("Delivery {} to partner {} attempt {}: {} {}; next attempt in {} ms", d.id(), d.partnerId(), attempt,
                    result.outcome(), describe(result), wait);
        } else {
            fail(d, attempt, result);
        }
    }

    private void fail(Due d, int attempt, SoapPush.Result result) {
        jdbc.update("""
                UPDATE partner_delivery SET status = 'FAILED', attempts = ?, finished_at = now() WHERE id = ?
                """, attempt, d.id());
        String problem = "Delivery to partner " + d.partnerId() + " failed after " + attempt + " attempt(s): "
                + result.outcome() + " " + describe(result);
        Map<String, String> headers = new HashMap<>();
        headers.put(MessageHeaders.MESSAGE_KIND, "PARTNER_DELIVERY_FAILED");
        headers.put(MessageHeaders.PARTNER_ID, d.partnerId());
        headers.put(MessageHeaders.DELIVERY_ID, Long.toString(d.id()));
        headers.put(MessageHeaders.ROUTING_PROBLEM, problem);
        if (d.trackingId() != null) {
            headers.put(MessageHeaders.TRACKING_ID, d.trackingId().toString());
        }
        // the transmittal that could not be pushed goes with the item, so staff can send it another way
        // keyed by attempt too: a delivery staff sent again can fail again, and that is a new item
        outbox.stage(new OutboundMessage(exceptionsQueue, "delivery-failed-" + d.id() + "-" + attempt, "PARTNER_DELIVERY_FAILED",
                d.trackingId(), d.body(), headers));
        log.warn("Delivery {} ({}) FAILED: {}; an item is on {} for staff", d.id(), d.csenetTransaction(), problem,
                exceptionsQueue);
    }

    private static String describe(SoapPush.Result r) {
        return (r.httpStatus() == null ? "" : "HTTP " + r.httpStatus()) + (r.faultCode() == null ? "" : " fault " + r.faultCode());
    }

    /** Something new is due now (called after a delivery row was written on this instance). */
    void wake() {
        lock.lock();
        try {
            work = true;
            due.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitWork(long millis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(millis);
            while (!work && nanos > 0) {
                nanos = due.awaitNanos(nanos);
            }
            work = false;
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        long backoff = 0;
        while (running) {
            try {
                if (backoff > 0) {
                    awaitWork(backoff);
                }
                boolean attempted = deliverOne();
                backoff = 0;
                if (!attempted) {
                    awaitWork(properties.getPollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // the database is away: nothing was recorded, the row is due again once it is back
                backoff = backoff == 0 ? 500 : Math.min(backoff * 2, 30_000);
                log.warn("Partner delivery paused ({}); next try in {} ms", e.getClass().getSimpleName(), backoff);
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 0; i < properties.getWorkers(); i++) {
            Thread t = new Thread(this::loop, "partner-delivery-" + i);
            t.setDaemon(true);
            // below the HTTP threads, like processing (infrastructure.BackgroundPriorityCheck): a delivery has retries
            t.setPriority(Thread.MIN_PRIORITY);
            threads.add(t);
            t.start();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (Thread t : threads) {
            t.interrupt();
        }
        for (Thread t : threads) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
