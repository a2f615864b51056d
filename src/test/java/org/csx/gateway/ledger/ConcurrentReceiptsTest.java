package org.csx.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * How concurrent callers' receipts are grouped into statements, with a writer standing in for PostgreSQL (the same
 * against the real database: {@link ConcurrentReceiptsEndToEndTest}).
 */
class ConcurrentReceiptsTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();
    /** Every statement's transmittals (serial numbers), in the order written. */
    private final List<List<String>> statements = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstStatementMayEnd = new CountDownLatch(1);

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void aCallerAloneWritesItsOwnAtOnce() {
        ConcurrentReceipts receipts = new ConcurrentReceipts(recording(serials -> { }), 50);

        ReceiptRecord receipt = receipts.record(received("1"));

        assertThat(receipt.resent()).isFalse();
        assertThat(statements).containsExactly(List.of("1"));
        assertThat(receipts.statements()).isEqualTo(1);
        assertThat(receipts.written()).isEqualTo(1);
        assertThat(receipts.queued()).isZero();
    }

    @Test
    void callersArrivingWhileAStatementIsWrittenGoTogetherInTheNext() throws Exception {
        ConcurrentReceipts receipts = new ConcurrentReceipts(recording(this::holdTheFirst), 50);
        List<Future<ReceiptRecord>> all = queuedBehindTheFirst(receipts, others(7));

        firstStatementMayEnd.countDown();

        Set<UUID> trackingIds = new HashSet<>();
        for (Future<ReceiptRecord> each : all) {
            trackingIds.add(each.get(10, TimeUnit.SECONDS).trackingId());
        }
        assertThat(trackingIds).hasSize(8);
        assertThat(statements).hasSize(2);
        assertThat(statements.get(0)).containsExactly("first");
        assertThat(statements.get(1)).containsExactlyInAnyOrder(
                "other-0", "other-1", "other-2", "other-3", "other-4", "other-5", "other-6");
        assertThat(receipts.statements()).isEqualTo(2);
        assertThat(receipts.written()).isEqualTo(8);
    }

    @Test
    void noStatementCarriesMoreThanItsLimit() throws Exception {
        ConcurrentReceipts receipts = new ConcurrentReceipts(recording(this::holdTheFirst), 2);
        List<Future<ReceiptRecord>> all = queuedBehindTheFirst(receipts, others(5));

        firstStatementMayEnd.countDown();

        for (Future<ReceiptRecord> each : all) {
            assertThat(each.get(10, TimeUnit.SECONDS)).isNotNull();
        }
        assertThat(statements).extracting(List::size).containsExactly(1, 2, 2, 1);
        assertThat(receipts.written()).isEqualTo(6);
    }

    @Test
    void aStatementRefusedForOneTransmittalIsWrittenAgainOneByOneAndOnlyThatOneFails() throws Exception {
        DataIntegrityViolationException tooLong = new DataIntegrityViolationException("value too long");
        ConcurrentReceipts receipts = new ConcurrentReceipts(recording(serials -> {
            holdTheFirst(serials);
            if (serials.contains("bad")) {
                throw tooLong;
            }
        }), 50);
        List<Future<ReceiptRecord>> all = queuedBehindTheFirst(receipts, "good", "bad", "also-good");

        firstStatementMayEnd.countDown();

        assertThat(all.get(0).get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(all.get(1).get(10, TimeUnit.SECONDS)).isNotNull();
        assertThatThrownBy(() -> all.get(2).get(10, TimeUnit.SECONDS)).hasCause(tooLong);
        assertThat(all.get(3).get(10, TimeUnit.SECONDS)).isNotNull();
        // the statement of three, then each of them alone
        assertThat(statements).hasSize(5);
        assertThat(statements.subList(2, 5)).containsExactlyInAnyOrder(List.of("good"), List.of("bad"), List.of("also-good"));
    }

    @Test
    void aDatabaseAwayFailsEveryCallerOfTheStatementWithoutWritingEachAgain() throws Exception {
        DataAccessResourceFailureException away = new DataAccessResourceFailureException("connection refused");
        ConcurrentReceipts receipts = new ConcurrentReceipts(recording(serials -> {
            holdTheFirst(serials);
            if (statements.size() > 1) {
                throw away;
            }
        }), 50);
        List<Future<ReceiptRecord>> all = queuedBehindTheFirst(receipts, "a", "b");

        firstStatementMayEnd.countDown();

        assertThat(all.get(0).get(10, TimeUnit.SECONDS)).isNotNull();
        assertThatThrownBy(() -> all.get(1).get(10, TimeUnit.SECONDS)).hasCause(away);
        assertThatThrownBy(() -> all.get(2).get(10, TimeUnit.SECONDS)).hasCause(away);
        assertThat(statements).hasSize(2);
        assertThat(receipts.queued()).isZero();
    }

    @Test
    void aWriterLeavingWithAnErrorStillHandsTheWritingOnToThoseQueued() throws Exception {
        AssertionError crashed = new AssertionError("the writer's thread broke");
        ConcurrentReceipts receipts = new ConcurrentReceipts(recording(serials -> {
            holdTheFirst(serials);
            if (statements.size() == 1) {
                throw crashed;
            }
        }), 50);
        List<Future<ReceiptRecord>> all = queuedBehindTheFirst(receipts, "a", "b");

        firstStatementMayEnd.countDown();

        assertThatThrownBy(() -> all.get(0).get(10, TimeUnit.SECONDS)).hasCauseReference(crashed);
        assertThat(all.get(1).get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(all.get(2).get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void aStatementOfOneIsNeitherGroupedNorRepeated() {
        IllegalStateException broken = new IllegalStateException("refused");
        ConcurrentReceipts receipts = new ConcurrentReceipts(recording(serials -> {
            throw broken;
        }), 50);

        assertThatThrownBy(() -> receipts.record(received("1"))).isSameAs(broken);
        assertThat(statements).hasSize(1);
        assertThatThrownBy(() -> new ConcurrentReceipts(recording(serials -> { }), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * "first" recorded and its statement held ({@link #holdTheFirst}), then {@code serials} recorded, each by a thread
     * of its own, until all wait in the queue behind it. Their futures, first's first.
     */
    private List<Future<ReceiptRecord>> queuedBehindTheFirst(ConcurrentReceipts receipts, String... serials) {
        List<Future<ReceiptRecord>> all = new ArrayList<>();
        all.add(callers.submit(() -> receipts.record(received("first"))));
        await().atMost(10, TimeUnit.SECONDS).until(() -> statements.size() == 1);
        for (String serial : serials) {
            all.add(callers.submit(() -> receipts.record(received(serial))));
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> receipts.queued() == serials.length);
        return all;
    }

    private static String[] others(int count) {
        return IntStream.range(0, count).mapToObj(i -> "other-" + i).toArray(String[]::new);
    }

    /** The first statement waits until the test lets it end, so that others queue behind it meanwhile. */
    private void holdTheFirst(List<String> serials) {
        if (statements.size() == 1) {
            try {
                if (!firstStatementMayEnd.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the first statement end");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A writer that records each statement's serial numbers, runs {@code during}, and answers a receipt for each. */
    private Function<List<ReceivedTransmittal>, List<ReceiptRecord>> recording(java.util.function.Consumer<List<String>> during) {
        return transmittals -> {
            List<String> serials = transmittals.stream().map(ReceivedTransmittal::transactionSerialNumber).toList();
            statements.add(serials);
            during.accept(serials);
            return transmittals.stream()
                    .map(t -> new ReceiptRecord(UUID.randomUUID(), OffsetDateTime.now(), false, true)).toList();
        };
    }

    private static ReceivedTransmittal received(String serial) {
        return new ReceivedTransmittal("CA", "SOAP", SenderKind.STATE_IV_D_AGENCY, "0603700", null, serial, "LO1", "R",
                null, "CA-LA-0000123", "<t/>", "0");
    }
}
