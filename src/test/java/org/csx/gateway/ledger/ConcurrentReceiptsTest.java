package org.csx.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.OffsetDateTime;
import java.util.ArrayList;
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
        Future<ReceiptRecord> first = callers.submit(() -> receipts.record(received("first")));
        await().atMost(10, TimeUnit.SECONDS).until(() -> statements.size() == 1);
        List<Future<ReceiptRecord>> others = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String serial = "other-" + i;
            others.add(callers.submit(() -> receipts.record(received(serial))));
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> receipts.queued() == 7);

        firstStatementMayEnd.countDown();

        Set<UUID> trackingIds = new java.util.HashSet<>();
        trackingIds.add(first.get(10, TimeUnit.SECONDS).trackingId());
        for (Future<ReceiptRecord> other : others) {
            trackingIds.add(other.get(10, TimeUnit.SECONDS).trackingId());
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
        Future<ReceiptRecord> first = callers.submit(() -> receipts.record(received("first")));
        await().atMost(10, TimeUnit.SECONDS).until(() -> statements.size() == 1);
        List<Future<ReceiptRecord>> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String serial = "other-" + i;
            others.add(callers.submit(() -> receipts.record(received(serial))));
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> receipts.queued() == 5);

        firstStatementMayEnd.countDown();

        first.get(10, TimeUnit.SECONDS);
        for (Future<ReceiptRecord> other : others) {
            assertThat(other.get(10, TimeUnit.SECONDS)).isNotNull();
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
        Future<ReceiptRecord> first = callers.submit(() -> receipts.record(received("first")));
        await().atMost(10, TimeUnit.SECONDS).until(() -> statements.size() == 1);
        Future<ReceiptRecord> good = callers.submit(() -> receipts.record(received("good")));
        Future<ReceiptRecord> bad = callers.submit(() -> receipts.record(received("bad")));
        Future<ReceiptRecord> alsoGood = callers.submit(() -> receipts.record(received("also-good")));
        await().atMost(10, TimeUnit.SECONDS).until(() -> receipts.queued() == 3);

        firstStatementMayEnd.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(good.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(alsoGood.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCause(tooLong);
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
        Future<ReceiptRecord> first = callers.submit(() -> receipts.record(received("first")));
        await().atMost(10, TimeUnit.SECONDS).until(() -> statements.size() == 1);
        Future<ReceiptRecord> a = callers.submit(() -> receipts.record(received("a")));
        Future<ReceiptRecord> b = callers.submit(() -> receipts.record(received("b")));
        await().atMost(10, TimeUnit.SECONDS).until(() -> receipts.queued() == 2);

        firstStatementMayEnd.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThatThrownBy(() -> a.get(10, TimeUnit.SECONDS)).hasCause(away);
        assertThatThrownBy(() -> b.get(10, TimeUnit.SECONDS)).hasCause(away);
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
        Future<ReceiptRecord> first = callers.submit(() -> receipts.record(received("first")));
        await().atMost(10, TimeUnit.SECONDS).until(() -> statements.size() == 1);
        Future<ReceiptRecord> a = callers.submit(() -> receipts.record(received("a")));
        Future<ReceiptRecord> b = callers.submit(() -> receipts.record(received("b")));
        await().atMost(10, TimeUnit.SECONDS).until(() -> receipts.queued() == 2);

        firstStatementMayEnd.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasCauseReference(crashed);
        assertThat(a.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(b.get(10, TimeUnit.SECONDS)).isNotNull();
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
