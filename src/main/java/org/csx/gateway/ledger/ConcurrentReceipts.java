package org.csx.gateway.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * Receipts of concurrent callers (SOAP requests, one thread each) written together: each caller queues its
 * transmittal and tries the writer's lock; whoever gets it writes everything queued by then in one statement, one
 * commit, wakes each caller whose receipt it wrote, and then the first still queued, to write the next. Alone, a
 * caller writes its own at once: no thread of its own, no timer, no waiting for company. Under load a receipt waits
 * for the statement running when it came, then its own (more when over 50 wait ahead of it); PostgreSQL commits, and
 * flushes its WAL, once for all of them (docs/performance.md, seventeenth session).
 *
 * <p>Each caller is answered only after the statement that holds its transmittal committed, exactly as one by one.
 * A statement refused for one transmittal's values is written again one by one, so only that one fails; a database
 * that is away fails the statement's callers alike.
 */
final class ConcurrentReceipts {

    private final Function<List<ReceivedTransmittal>, List<ReceiptRecord>> write;
    private final int maxPerStatement;
    private final ConcurrentLinkedQueue<Waiting> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();
    private final LongAdder statements = new LongAdder();
    private final LongAdder written = new LongAdder();

    /** {@code write} stores a list of transmittals in one statement that commits on its own (autocommit). */
    ConcurrentReceipts(Function<List<ReceivedTransmittal>, List<ReceiptRecord>> write, int maxPerStatement) {
        if (maxPerStatement < 1) {
            throw new IllegalArgumentException("at least one receipt per statement");
        }
        this.write = write;
        this.maxPerStatement = maxPerStatement;
    }

    /** Stores one transmittal, with whatever other callers queued meanwhile; its receipt once committed. */
    ReceiptRecord record(ReceivedTransmittal received) {
        Waiting mine = new Waiting(received);
        queued.add(mine);
        while (!mine.done) {
            if (writer.tryLock()) {
                try {
                    // first in, first out: more than a statement's worth ahead of this one takes several
                    while (!mine.done) {
                        writeQueued();
                    }
                } finally {
                    writer.unlock();
                    // whoever queued while this thread wrote is woken to write next (unless a newcomer already does),
                    // even when this thread leaves with an Error
                    Waiting next = queued.peek();
                    if (next != null) {
                        next.wake();
                    }
                }
            } else {
                // parked until the writer has written this one, or hands the writing on to it: each caller is woken
                // by itself, not one after the other through the lock
                mine.awaitWritten();
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.receipt;
    }

    /** Statements written so far (each committed one or more receipts, or failed). */
    long statements() {
        return statements.sum();
    }

    /** Transmittals those statements carried. */
    long written() {
        return written.sum();
    }

    /** Callers whose transmittal waits for its statement now. */
    int queued() {
        return queued.size();
    }

    private void writeQueued() {
        List<Waiting> batch = new ArrayList<>();
        for (Waiting next; batch.size() < maxPerStatement && (next = queued.poll()) != null; ) {
            batch.add(next);
        }
        statements.increment();
        written.add(batch.size());
        try {
            List<ReceiptRecord> receipts = write.apply(batch.stream().map(w -> w.received).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).succeed(receipts.get(i));
            }
        } catch (DataAccessResourceFailureException | TransientDataAccessResourceException away) {
            // the database is away: each caller would meet the same, and is told so now
            for (Waiting w : batch) {
                w.fail(away);
            }
        } catch (RuntimeException refused) {
            if (batch.size() == 1) {
                batch.get(0).fail(refused);
                return;
            }
            // one transmittal's values refused the whole statement: the others must not pay for it
            for (Waiting w : batch) {
                statements.increment();
                try {
                    w.succeed(write.apply(List.of(w.received)).get(0));
                } catch (RuntimeException e) {
                    w.fail(e);
                }
            }
        } finally {
            // an Error on the way: no caller may wait for a statement that will not come
            for (Waiting w : batch) {
                if (!w.done) {
                    w.fail(new IllegalStateException("the receipt statement did not complete"));
                }
            }
        }
    }

    /**
     * One caller's transmittal and, once written, its receipt or why not. Receipt and failure are set before
     * {@code done}, which is volatile: a caller that sees it done sees them.
     */
    private static final class Waiting {
        final ReceivedTransmittal received;
        private final Semaphore woken = new Semaphore(0);
        ReceiptRecord receipt;
        RuntimeException failure;
        volatile boolean done;

        Waiting(ReceivedTransmittal received) {
            this.received = received;
        }

        void succeed(ReceiptRecord written) {
            receipt = written;
            done = true;
            wake();
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
            wake();
        }

        void wake() {
            woken.release();
        }

        /** Until written, or asked to write (a permit left by an earlier wake only makes it look once more). */
        void awaitWritten() {
            woken.acquireUninterruptibly();
        }
    }
}
