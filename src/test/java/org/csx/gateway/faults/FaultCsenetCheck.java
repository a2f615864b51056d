package org.csx.gateway.faults;

import jakarta.jms.QueueConnection;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.csx.gateway.csenet.CsenetSampleGenerator;
import org.csx.gateway.csenet.HeaderLayout;

/**
 * The CSENet file channel after its gateway was killed while taking a file (src/test/scripts/faults/csenet-kill.sh):
 * every record of the file stored once, every stored transaction processed, and every forwarded one on its
 * district's queue exactly once. {@code generate <file> <records>} writes the file (synthetic records); {@code check}
 * waits until the gateway has finished by itself, then consumes the district queues and compares them with the
 * ledger. Not a test: run by the script.
 */
public final class FaultCsenetCheck {

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("generate")) {
            new CsenetSampleGenerator(20261202L).writeFile(Path.of(args[1]), Integer.parseInt(args[2]), HeaderLayout.RECEIVED);
            return;
        }
        Map<String, String> o = FaultLoad.options(args);
        Path run = Path.of(o.get("run"));
        int records = Integer.parseInt(o.get("records"));
        String sha256 = o.get("sha256");
        Duration settle = Duration.ofSeconds(Long.parseLong(o.getOrDefault("settle-seconds", "300")));
        FaultCheck.Database db = new FaultCheck.Database(o.get("jdbc-url"), o.getOrDefault("db-user", "postgres"),
                o.getOrDefault("db-password", ""));
        db.awaitUp(Duration.ofSeconds(120));

        List<String> out = new ArrayList<>();
        out.add("== " + o.getOrDefault("title", "CSENet file under SIGKILL") + " ==");
        long started = System.currentTimeMillis();
        Map<String, Long> state = awaitSettled(db, sha256, settle);
        out.add(String.format("settled in %.0f s without any action: %s",
                (System.currentTimeMillis() - started) / 1000.0, state));
        Map<String, String> ledger = ledger(db);
        Map<String, Integer> statuses = new TreeMap<>();
        ledger.values().forEach(s -> statuses.merge(s, 1, Integer::sum));
        out.add("ledger, CSENet transmittals by status: " + statuses);

        FaultCheck.Broker broker = new FaultCheck.Broker(o.get("broker-url"), o.getOrDefault("broker-user", ""),
                o.getOrDefault("broker-password", ""));
        Map<String, Integer> referrals;
        try (QueueConnection connection = broker.connect()) {
            connection.start();
            List<String> districts = broker.queueNames(connection, out).stream()
                    .filter(q -> q.startsWith("district.") && q.endsWith(".inbound")).toList();
            referrals = broker.drain(connection, districts, out);
        }

        List<String> failures = new ArrayList<>();
        if (!settled(state)) {
            failures.add("not settled after " + settle.toSeconds() + " s: " + state);
        }
        if (ledger.size() != records) {
            failures.add("the file had " + records + " records; the ledger holds " + ledger.size() + " CSENet transmittals");
        }
        Map<String, Integer> problems = new HashMap<>();
        for (Map.Entry<String, String> row : ledger.entrySet()) {
            int n = referrals.getOrDefault(row.getKey(), 0);
            String problem = switch (row.getValue()) {
                case "ACKNOWLEDGED" -> n == 1 ? null : n == 0 ? "forwarded, no referral on a district queue" : "referred twice";
                case "VALIDATED" -> n == 0 ? null : "answered by the gateway, yet referred";
                default -> "left " + row.getValue();
            };
            if (problem != null) {
                problems.merge(problem, 1, Integer::sum);
            }
        }
        long strangers = referrals.keySet().stream().filter(id -> !ledger.containsKey(id)).count();
        if (strangers > 0) {
            problems.put("referrals for no CSENet transmittal of the ledger", (int) strangers);
        }
        problems.forEach((problem, n) -> failures.add(n + " transmittal(s): " + problem));
        failures.addAll(db.brokerGaveUp());
        long twice = referrals.values().stream().filter(n -> n > 1).count();
        out.add("records in the file: " + records + "; stored: " + ledger.size() + "; referrals consumed: "
                + referrals.values().stream().mapToInt(Integer::intValue).sum() + "; tracking ids referred twice: " + twice);
        FaultCheck.verdict(run, out, failures, "every record stored once, every forward on its district queue exactly once");
    }

    /** Until the file is DONE, nothing CSENet is RECEIVED and the outbox is empty, twice in a row 3 s apart. */
    private static Map<String, Long> awaitSettled(FaultCheck.Database db, String sha256, Duration timeout) {
        List<Map<String, Long>> seen = new ArrayList<>(List.of(Map.of(), Map.of()));
        try {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofSeconds(3)).until(() -> {
                Map<String, Long> now;
                try {
                    now = state(db, sha256);
                } catch (SQLException e) {
                    now = Map.of("database unreachable", 1L);
                }
                seen.set(0, seen.get(1));
                seen.set(1, now);
                return settled(now) && now.equals(seen.get(0));
            });
        } catch (ConditionTimeoutException e) {
            // not settled in time: the caller reports what it last saw
        }
        return seen.get(1).isEmpty() ? Map.of("file DONE", 0L, "RECEIVED", -1L, "outbox PENDING", -1L) : seen.get(1);
    }

    private static boolean settled(Map<String, Long> state) {
        return state.getOrDefault("file DONE", 0L) == 1 && state.getOrDefault("RECEIVED", 1L) == 0
                && state.getOrDefault("outbox PENDING", 1L) == 0;
    }

    private static Map<String, Long> state(FaultCheck.Database db, String sha256) throws SQLException {
        Map<String, Long> state = new TreeMap<>();
        try (java.sql.Connection c = db.connect()) {
            state.put("file DONE", count(c, "SELECT count(*) FROM csenet_file WHERE sha256 = '" + sha256 + "' AND status = 'DONE'"));
            state.put("RECEIVED", count(c, "SELECT count(*) FROM transmittal WHERE channel = 'CSENET' AND status = 'RECEIVED'"));
            state.put("outbox PENDING", count(c, "SELECT count(*) FROM outbox_message WHERE status = 'PENDING'"));
            state.put("stored", count(c, "SELECT count(*) FROM transmittal WHERE channel = 'CSENET'"));
        }
        return state;
    }

    private static long count(java.sql.Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, String> ledger(FaultCheck.Database db) throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (java.sql.Connection c = db.connect(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tracking_id::text, status FROM transmittal WHERE channel = 'CSENET'")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getString(2));
            }
        }
        return rows;
    }
}
