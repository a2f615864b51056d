package org.csx.gateway.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.csx.gateway.faults.FaultRecords.Attempt;
import org.csx.gateway.faults.FaultRecords.Event;
import org.csx.gateway.faults.FaultRecords.GaveUp;
import org.csx.gateway.faults.FaultRecords.Outcome;
import org.csx.gateway.faults.FaultRecords.Receipt;
import org.csx.gateway.faults.FaultRecords.Resend;

/**
 * What a fault run promised and what the gateway kept: the receipts the partners were given against the
 * ledger and the district queues. Pure: {@link FaultCheck} gathers the inputs from files, JDBC and the broker.
 * Every count in {@link #failures()} is a loss, a duplicate or a broken promise; the rest is information.
 */
final class FaultFindings {

    static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    /** Event kinds written by the scripts: the moment of a fault, and the database's down window. */
    static final String FAULT = "fault";
    static final String DB_STOPPED = "db-stopped";
    static final String DB_STARTING = "db-starting";

    record LedgerRow(String trackingId, String partner, String serial, String status) {
    }

    record Inputs(List<Receipt> receipts, List<Resend> resends, List<GaveUp> gaveUp, List<Attempt> attempts,
                  List<Event> events, List<LedgerRow> ledger, Map<String, Integer> referrals,
                  Map<String, Integer> acknowledgments, String probeTrackingId) {
    }

    /** One stretch of the load between two faults. */
    record Round(int number, long from, long to, int receipted, int receiptsMarkedResent, int lost) {
    }

    private final Map<String, Long> figures = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> notAcknowledgedByStatus = new TreeMap<>();
    private final List<Round> rounds = new ArrayList<>();
    private final List<String> examples = new ArrayList<>();

    FaultFindings(Inputs in) {
        Map<String, LedgerRow> byTracking = new HashMap<>();
        Map<String, LedgerRow> bySerial = new HashMap<>();
        for (LedgerRow row : in.ledger()) {
            byTracking.put(row.trackingId(), row);
            bySerial.put(row.partner() + "/" + row.serial(), row);
        }

        // The promise: every receipt names a transmittal the ledger has and acknowledged.
        Set<String> lost = new HashSet<>();
        int acknowledged = 0;
        int gone = 0;
        int replaced = 0;
        int notAcknowledged = 0;
        int markedResent = 0;
        for (Receipt r : in.receipts()) {
            if (r.resent()) {
                markedResent++;
            }
            LedgerRow row = byTracking.get(r.trackingId());
            if (row == null) {
                gone++;
                lost.add(r.trackingId());
                LedgerRow other = bySerial.get(r.partner() + "/" + r.serial());
                if (other != null) {
                    replaced++;
                }
                example("receipt " + r.trackingId() + " (" + r.partner() + " serial " + r.serial()
                        + ") is not in the ledger" + (other == null ? "" : "; the serial number is now " + other.trackingId()));
            } else if (!ACKNOWLEDGED.equals(row.status())) {
                notAcknowledged++;
                lost.add(r.trackingId());
                notAcknowledgedByStatus.merge(row.status(), 1, Integer::sum);
                example("receipt " + r.trackingId() + " is " + row.status() + " in the ledger");
            } else {
                acknowledged++;
            }
        }
        long ledgerNotAcknowledged = in.ledger().stream().filter(row -> !ACKNOWLEDGED.equals(row.status())).count();

        // Exactly one referral per transmittal: every ledger row and every receipt.
        Set<String> transmittals = new HashSet<>(byTracking.keySet());
        in.receipts().forEach(r -> transmittals.add(r.trackingId()));
        int neverReferred = 0;
        int referredTwice = 0;
        for (String id : transmittals) {
            int n = in.referrals().getOrDefault(id, 0);
            if (n == 0) {
                neverReferred++;
                lost.add(id);
            } else if (n > 1) {
                referredTwice++;
                lost.add(id);
                example("transmittal " + id + " is on the district queues " + n + " times");
            }
        }
        long orphanReferrals = in.referrals().keySet().stream().filter(id -> !byTracking.containsKey(id)).count();
        int ackMissing = 0;
        int ackTwice = 0;
        for (LedgerRow row : in.ledger()) {
            if (ACKNOWLEDGED.equals(row.status())) {
                int n = in.acknowledgments().getOrDefault(row.trackingId(), 0);
                if (n == 0) {
                    ackMissing++;
                } else if (n > 1) {
                    ackTwice++;
                }
            }
        }

        // A resend is answered with the original tracking id.
        int resendMismatch = 0;
        int resendUnanswered = 0;
        for (Resend r : in.resends()) {
            if (r.returnedTrackingId().isEmpty()) {
                resendUnanswered++;
                example("resend of " + r.partner() + " serial " + r.serial() + " got no receipt: " + r.detail());
            } else if (!r.returnedTrackingId().equals(r.originalTrackingId()) || !r.resent()) {
                resendMismatch++;
                example("resend of " + r.partner() + " serial " + r.serial() + " answered " + r.returnedTrackingId()
                        + " (resent=" + r.resent() + "), first receipt was " + r.originalTrackingId());
            }
        }

        // No receipt while the database is down.
        List<long[]> downWindows = downWindows(in.events());
        int receiptsWhileDown = 0;
        int refusalsWhileDown = 0;
        for (Attempt a : in.attempts()) {
            for (long[] w : downWindows) {
                // Sent after the postmaster was gone and answered before it was started again. (The receipt's
                // ReceivedAt is taken before the insert waits for a connection, so it says nothing here.)
                boolean inside = a.sentAt() >= w[0] && a.answeredAt() <= w[1];
                if (a.outcome() == Outcome.RECEIPT && inside) {
                    receiptsWhileDown++;
                    example("receipt " + a.trackingId() + " given while the database was down (sent "
                            + a.sentAt() + ", answered " + a.answeredAt() + ", stored at " + a.receivedAt() + ")");
                } else if (inside) {
                    refusalsWhileDown++;
                }
            }
        }

        rounds.addAll(rounds(in.receipts(), in.events(), lost));

        put("receipted", in.receipts().size());
        put("receipts first answered as resends (the first answer was lost)", markedResent);
        put("acknowledged", acknowledged);
        put("gone from the ledger", gone);
        put("  of which the serial number now has another tracking id", replaced);
        put("receipted but not ACKNOWLEDGED", notAcknowledged);
        put("ledger rows of the fault partners", in.ledger().size());
        put("ledger rows not ACKNOWLEDGED (receipted or not)", ledgerNotAcknowledged);
        put("transmittals never on a district queue", neverReferred);
        put("transmittals twice or more on a district queue", referredTwice);
        put("referrals for tracking ids not in the ledger", orphanReferrals);
        put("acknowledged but no acknowledgment on the partner queue", ackMissing);
        put("acknowledgments twice or more on the partner queue", ackTwice);
        put("resends sent after the faults", in.resends().size());
        put("resends answered with another tracking id", resendMismatch);
        put("resends without a receipt", resendUnanswered);
        put("serial numbers given up unreceipted", in.gaveUp().size());
        put("database down windows", downWindows.size());
        put("calls made and answered while the database was down", refusalsWhileDown + receiptsWhileDown);
        put("receipts given while the database was down", receiptsWhileDown);

        fail(gone, "receipted transmittals gone from the ledger");
        fail(notAcknowledged, "receipted transmittals not ACKNOWLEDGED " + notAcknowledgedByStatus);
        fail(ledgerNotAcknowledged, "ledger rows not ACKNOWLEDGED");
        fail(neverReferred, "transmittals never on a district queue");
        fail(referredTwice, "transmittals on a district queue more than once");
        fail(orphanReferrals, "referrals for transmittals the ledger does not have");
        fail(ackMissing, "acknowledged transmittals without an acknowledgment on the partner queue");
        fail(ackTwice, "acknowledgments sent twice");
        fail(resendMismatch, "resends answered with another tracking id than the first receipt");
        fail(resendUnanswered, "resends of receipted transmittals that got no receipt");
        fail(in.gaveUp().size(), "serial numbers never receipted within the bound (the gateway did not come back)");
        fail(receiptsWhileDown, "receipts given while the database was down");
        if (in.probeTrackingId() != null) {
            LedgerRow probe = byTracking.get(in.probeTrackingId());
            String status = probe == null ? "missing" : probe.status();
            int referred = in.referrals().getOrDefault(in.probeTrackingId(), 0);
            figures.put("stranded RECEIVED probe: status " + status + ", referrals", (long) referred);
            if (!ACKNOWLEDGED.equals(status) || referred != 1) {
                failures.add("a transmittal left RECEIVED after the faults was not processed by itself (probe "
                        + in.probeTrackingId() + ": " + status + ", " + referred + " referral(s))");
            }
        }
    }

    private static List<long[]> downWindows(List<Event> events) {
        List<long[]> windows = new ArrayList<>();
        Long down = null;
        for (Event e : events) {
            if (DB_STOPPED.equals(e.kind())) {
                down = e.at();
            } else if (DB_STARTING.equals(e.kind()) && down != null) {
                windows.add(new long[] {down, e.at()});
                down = null;
            }
        }
        return windows;
    }

    private static List<Round> rounds(List<Receipt> receipts, List<Event> events, Set<String> lost) {
        List<Long> faults = events.stream().filter(e -> FAULT.equals(e.kind())).map(Event::at).sorted().toList();
        List<Round> rounds = new ArrayList<>();
        long from = Long.MIN_VALUE;
        for (int i = 0; i <= faults.size(); i++) {
            long to = i < faults.size() ? faults.get(i) : Long.MAX_VALUE;
            int receipted = 0;
            int resent = 0;
            int lostHere = 0;
            for (Receipt r : receipts) {
                if (r.answeredAt() > from && r.answeredAt() <= to) {
                    receipted++;
                    resent += r.resent() ? 1 : 0;
                    lostHere += lost.contains(r.trackingId()) ? 1 : 0;
                }
            }
            rounds.add(new Round(i + 1, from, to, receipted, resent, lostHere));
            from = to;
        }
        return rounds;
    }

    private void put(String name, long value) {
        figures.put(name, value);
    }

    private void fail(long count, String what) {
        if (count > 0) {
            failures.add(count + " " + what);
        }
    }

    private void example(String text) {
        if (examples.size() < 15) {
            examples.add(text);
        }
    }

    Map<String, Long> figures() {
        return figures;
    }

    List<String> failures() {
        return failures;
    }

    List<Round> rounds() {
        return rounds;
    }

    List<String> examples() {
        return examples;
    }
}
