package org.csx.gateway.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.csx.gateway.faults.FaultFindings.LedgerRow;
import org.csx.gateway.faults.FaultRecords.Attempt;
import org.csx.gateway.faults.FaultRecords.Event;
import org.csx.gateway.faults.FaultRecords.Outcome;
import org.csx.gateway.faults.FaultRecords.Receipt;
import org.csx.gateway.faults.FaultRecords.Resend;
import org.junit.jupiter.api.Test;

/** The fault scripts' verdict: what counts as a loss, a duplicate or a broken promise. */
class FaultFindingsTest {

    private final List<Receipt> receipts = new ArrayList<>();
    private final List<Resend> resends = new ArrayList<>();
    private final List<Attempt> attempts = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<LedgerRow> ledger = new ArrayList<>();
    private final Map<String, Integer> referrals = new HashMap<>();
    private final Map<String, Integer> acknowledgments = new HashMap<>();
    private String probe;

    /** A transmittal receipted at {@code at}, acknowledged, referred and acknowledged once, resent once. */
    private void kept(String id, String serial, long at) {
        receipts.add(new Receipt("fault-ca", serial, id, at - 10, at - 10, at, "", false, 1));
        attempts.add(new Attempt("fault-ca", serial, at - 10, at, Outcome.RECEIPT, id, false, "", ""));
        ledger.add(new LedgerRow(id, "fault-ca", serial, "ACKNOWLEDGED"));
        referrals.put(id, 1);
        acknowledgments.put(id, 1);
        resends.add(new Resend("fault-ca", serial, id, id, true, ""));
    }

    private FaultFindings findings() {
        return new FaultFindings(new FaultFindings.Inputs(receipts, resends, List.of(), attempts, events, ledger,
                referrals, acknowledgments, probe));
    }

    @Test
    void nothingLostPasses() {
        kept("t1", "000000000001", 1000);
        kept("t2", "000000000002", 2000);

        FaultFindings findings = findings();

        assertThat(findings.failures()).isEmpty();
        assertThat(findings.figures()).containsEntry("receipted", 2L).containsEntry("acknowledged", 2L);
    }

    @Test
    void aReceiptTheLedgerNoLongerHasIsALossEvenWhenTheResendWasStoredAgain() {
        kept("t1", "000000000001", 1000);
        kept("t2", "000000000002", 2000);
        // The database lost t2's commit; the resend stored the same serial number as a new transmittal t9.
        ledger.removeIf(row -> row.trackingId().equals("t2"));
        ledger.add(new LedgerRow("t9", "fault-ca", "000000000002", "ACKNOWLEDGED"));
        referrals.put("t9", 1);
        acknowledgments.put("t9", 1);
        resends.set(1, new Resend("fault-ca", "000000000002", "t2", "t9", false, ""));

        FaultFindings findings = findings();

        assertThat(findings.figures()).containsEntry("gone from the ledger", 1L)
                .containsEntry("  of which the serial number now has another tracking id", 1L)
                .containsEntry("resends answered with another tracking id", 1L);
        assertThat(findings.failures()).anyMatch(f -> f.contains("gone from the ledger"))
                .anyMatch(f -> f.contains("resends answered with another tracking id"))
                .anyMatch(f -> f.contains("referrals for transmittals the ledger does not have"));
    }

    @Test
    void aTransmittalStuckOrOnADistrictQueueTwiceFails() {
        kept("t1", "000000000001", 1000);
        kept("t2", "000000000002", 2000);
        ledger.set(0, new LedgerRow("t1", "fault-ca", "000000000001", "RECEIVED"));
        referrals.remove("t1");
        referrals.put("t2", 2);

        FaultFindings findings = findings();

        assertThat(findings.figures()).containsEntry("receipted but not ACKNOWLEDGED", 1L)
                .containsEntry("transmittals never on a district queue", 1L)
                .containsEntry("transmittals twice or more on a district queue", 1L);
        assertThat(findings.failures()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aReceiptAnsweredWhileTheDatabaseWasDownFailsButARefusalDoesNot() {
        kept("t1", "000000000001", 1000);
        events.add(new Event(5000, FaultFindings.FAULT, "stop"));
        events.add(new Event(5100, FaultFindings.DB_STOPPED, ""));
        events.add(new Event(9000, FaultFindings.DB_STARTING, ""));
        attempts.add(new Attempt("fault-ca", "000000000002", 6000, 7000, Outcome.FAULT, "", false, "", "HTTP 500 UNAVAILABLE"));

        assertThat(findings().failures()).isEmpty();
        assertThat(findings().figures()).containsEntry("calls made and answered while the database was down", 1L);

        kept("t2", "000000000002", 8000); // sent at 7990, answered at 8000: inside the window

        assertThat(findings().failures()).anyMatch(f -> f.contains("receipts given while the database was down"));
    }

    @Test
    void aProbeLeftReceivedFails() {
        kept("t1", "000000000001", 1000);
        probe = "p1";
        ledger.add(new LedgerRow("p1", "fault-ca", "999999000001", "RECEIVED"));

        assertThat(findings().failures()).anyMatch(f -> f.contains("was not processed by itself"));

        ledger.set(1, new LedgerRow("p1", "fault-ca", "999999000001", "ACKNOWLEDGED"));
        referrals.put("p1", 1);
        acknowledgments.put("p1", 1);

        assertThat(findings().failures()).isEmpty();
    }

    @Test
    void receiptsAreCountedPerRoundBetweenFaults() {
        kept("t1", "000000000001", 1000);
        kept("t2", "000000000002", 2000);
        kept("t3", "000000000003", 3000);
        events.add(new Event(1500, FaultFindings.FAULT, "round 1"));
        events.add(new Event(2500, FaultFindings.FAULT, "round 2"));
        ledger.removeIf(row -> row.trackingId().equals("t2"));

        List<FaultFindings.Round> rounds = findings().rounds();

        assertThat(rounds).extracting(FaultFindings.Round::receipted).containsExactly(1, 1, 1);
        assertThat(rounds).extracting(FaultFindings.Round::lost).containsExactly(0, 1, 0);
    }
}
