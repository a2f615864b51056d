package org.csx.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Receipts of concurrent callers written together against the gateway's PostgreSQL: while one statement waits (here
 * on a table lock the test holds), the others queue and go in the next statement, each stored once with its raw
 * message and RECEIVED event, a resend among them answered with the original receipt.
 */
class ConcurrentReceiptsEndToEndTest extends GatewayTestSupport {

    @Autowired
    private MeterRegistry meters;

    @Test
    void callersWaitingTogetherAreStoredInOneStatementEachOnce() throws Exception {
        ExecutorService callers = Executors.newCachedThreadPool();
        double statementsBefore = counter("csx.receipts.statements");
        double writtenBefore = counter("csx.receipts.written");
        String resentSerial = nextSerial();
        List<Future<ReceiptRecord>> others = new ArrayList<>();
        List<String> serials = new ArrayList<>();
        Future<ReceiptRecord> first;
        try (Connection locker = jdbc.getDataSource().getConnection()) {
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                // inserts wait for this lock; reads do not
                statement.execute("LOCK TABLE transmittal IN SHARE ROW EXCLUSIVE MODE");
            }
            first = callers.submit(() -> ledger.recordReceipt(received(resentSerial, "<first/>")));
            await().atMost(10, TimeUnit.SECONDS).until(() -> lockWaiters() == 1);
            for (int i = 0; i < 11; i++) {
                String serial = i == 0 ? resentSerial : nextSerial();
                serials.add(serial);
                others.add(callers.submit(() -> ledger.recordReceipt(received(serial, "<first/>"))));
            }
            await().atMost(10, TimeUnit.SECONDS).until(() -> meters.get("csx.receipts.waiting").gauge().value() == 11);
            locker.commit();
        }
        try {
            ReceiptRecord original = first.get(30, TimeUnit.SECONDS);
            assertThat(original.resent()).isFalse();
            assertThat(others.get(0).get(30, TimeUnit.SECONDS))
                    .isEqualTo(new ReceiptRecord(original.trackingId(), original.receivedAt(), true, true));
            for (int i = 1; i < others.size(); i++) {
                ReceiptRecord receipt = others.get(i).get(30, TimeUnit.SECONDS);
                assertThat(receipt.resent()).isFalse();
                assertThat(ledger.rawMessage(receipt.trackingId())).contains("<first/>");
                assertThat(jdbc.queryForObject("SELECT count(*) FROM transmittal_event WHERE tracking_id = ? AND status = 'RECEIVED'",
                        Integer.class, receipt.trackingId())).isEqualTo(1);
                assertThat(storedCount(CA, serials.get(i))).isEqualTo(1);
            }
            assertThat(storedCount(CA, resentSerial)).isEqualTo(1);
            // the first statement alone behind the lock, the eleven that waited in one more
            assertThat(counter("csx.receipts.statements") - statementsBefore).isEqualTo(2);
            assertThat(counter("csx.receipts.written") - writtenBefore).isEqualTo(12);
        } finally {
            callers.shutdownNow();
        }
    }

    /** Receipt statements waiting for a lock. */
    private int lockWaiters() {
        return jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                + "AND query LIKE '%INSERT INTO transmittal (tracking_id%'", Integer.class);
    }

    private double counter(String name) {
        return meters.get(name).functionCounter().count();
    }

    private static ReceivedTransmittal received(String serial, String raw) {
        return new ReceivedTransmittal(CA, "SOAP", SenderKind.STATE_IV_D_AGENCY, "0603700", null, serial, "LO1", "R",
                null, "CA-LA-0000123", raw, RecordReceiptsTest.sha256(raw));
    }
}
