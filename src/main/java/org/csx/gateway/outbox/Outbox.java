package org.csx.gateway.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.csx.gateway.database.StagedStatements;
import org.csx.gateway.personaldata.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way a message leaves the gateway because a database row changed: it is written to
 * {@code outbox_message} in the SAME database transaction as the change, so both happen or neither does.
 * {@link OutboxRelay} then puts it on its queue. A crash between the commit and the send loses nothing:
 * the row is still PENDING and the relay sends it after restart, with its key as the duplicate id.
 */
@Component
public class Outbox {

    static final String INSERT = """
            INSERT INTO outbox_message (dedup_key, destination, kind, tracking_id, body, headers)
            VALUES (?, ?, ?, ?, ?, ?::jsonb)
            ON CONFLICT (dedup_key) DO NOTHING
            """;

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final ObjectMapper json = new ObjectMapper();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition staged = lock.newCondition();
    private boolean work;

    public Outbox(JdbcTemplate jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The body is personal data (a referral carries SSNs): sealed while it waits, bound to its key. */
    static String context(String dedupKey) {
        return "outbox_message/" + dedupKey;
    }

    /**
     * Stages a message in the caller's database transaction (there must be one: a message staged on its
     * own would not be tied to the change that causes it). The row waits for the transaction's next statement or its
     * commit, to be written with the others staged meanwhile in one batch ({@link StagedStatements}): a batch of
     * transmittals stages its messages in one round trip. A message whose key was staged before (in this
     * transaction or an earlier one) is not staged again: the first one stands.
     */
    public void stage(OutboundMessage message) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an outbox message is staged in the transaction of the change that causes it");
        }
        Object[] row = {message.dedupKey(), message.destination(), message.kind(), message.trackingId(),
                message.body() == null ? null : cipher.seal(message.body(), context(message.dedupKey())),
                headersJson(message)};
        StagedStatements.stage(jdbc, INSERT, row);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeRelay();
                }
            });
        }
    }

    /** Tells the relay there is work (called after a commit that staged messages). */
    void wakeRelay() {
        lock.lock();
        try {
            work = true;
            staged.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The relay waits here until something is staged on this instance or the timeout passes. */
    void awaitWork(long timeoutMillis) throws InterruptedException {
        lock.lock();
        try {
            long nanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            while (!work && nanos > 0) {
                nanos = staged.awaitNanos(nanos);
            }
            work = false;
        } finally {
            lock.unlock();
        }
    }

    private String headersJson(OutboundMessage message) {
        try {
            return json.writeValueAsString(message.headers());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("message headers cannot be written as JSON", e);
        }
    }
}
