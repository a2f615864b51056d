package org.csx.gateway.faults;

import org.csx.gateway.contract.MessageHeaders;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.QueueConnection;
import jakarta.jms.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.csx.gateway.faults.FaultFindings.LedgerRow;
import org.csx.gateway.faults.FaultPartners.FaultPartner;
import org.csx.gateway.faults.FaultRecords.Attempt;
import org.csx.gateway.faults.FaultRecords.Event;
import org.csx.gateway.faults.FaultRecords.GaveUp;
import org.csx.gateway.faults.FaultRecords.Receipt;
import org.csx.gateway.faults.FaultRecords.Resend;

/**
 * The checker of the fault scripts, run once the last fault is over and the load has stopped:
 * <ol>
 *   <li>reads the durability settings of the running PostgreSQL and broker (a SIGKILL does not lose what the
 *       page cache holds, so a power loss is only fully covered by these);</li>
 *   <li>leaves one transmittal stored RECEIVED and never queued, as a process dying between its commit and its
 *       send would (the probe), and waits, without doing anything, until every ledger row of the fault
 *       partners is final or {@code --settle-seconds} pass: the gateway's own jobs must finish the work;</li>
 *   <li>consumes the district queues and the fault partners' queues, as districts and partners would, and
 *       counts referrals and acknowledgments per tracking id;</li>
 *   <li>holds the receipts, resends and down windows written by the load and the script against all that
 *       ({@link FaultFindings}), prints the figures and exits 1 on any loss, duplicate or broken promise.</li>
 * </ol>
 * Not a test: run by src/test/scripts/faults after the load.
 */
public final class FaultCheck {

    private static final String PROBE_SERIAL = "999999000001";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = FaultLoad.options(args);
        Path run = Path.of(o.getOrDefault("run", "target/faults/run"));
        String jdbcUrl = o.getOrDefault("jdbc-url", "jdbc:postgresql://127.0.0.1:48432/postgres");
        String dbUser = o.getOrDefault("db-user", "postgres");
        String dbPassword = o.getOrDefault("db-password", "");
        String brokerUrl = o.getOrDefault("broker-url", "tcp://127.0.0.1:48616");
        String brokerUser = o.getOrDefault("broker-user", "");
        String brokerPassword = o.getOrDefault("broker-password", "");
        Duration settle = Duration.ofSeconds(Long.parseLong(o.getOrDefault("settle-seconds", "150")));
        boolean probe = Boolean.parseBoolean(o.getOrDefault("probe", "true"));
        String title = o.getOrDefault("title", run.getFileName().toString());

        List<String> report = new ArrayList<>();
        List<String> settingFailures = new ArrayList<>();
        Database db = new Database(jdbcUrl, dbUser, dbPassword);
        db.awaitUp(Duration.ofSeconds(120));
        settingFailures.addAll(db.durabilitySettings(report));

        String probeId = probe ? db.insertStrandedTransmittal() : null;
        if (probeId != null) {
            report.add("probe: transmittal " + probeId + " stored RECEIVED (received an hour ago), never queued");
        }
        long settleStarted = System.currentTimeMillis();
        Map<String, Integer> pending = db.awaitSettled(settle);
        report.add(String.format("settled in %.0f s without any action%s", (System.currentTimeMillis() - settleStarted) / 1000.0,
                pending.isEmpty() ? "" : "; NOT settled after " + settle.toSeconds() + " s: " + pending));
        List<LedgerRow> ledger = db.ledgerRows();
        report.add("dead letters recorded for staff: " + db.deadLetterItems());

        Broker broker = new Broker(brokerUrl, brokerUser, brokerPassword);
        Map<String, Integer> referrals;
        Map<String, Integer> acknowledgments;
        try (QueueConnection connection = broker.connect()) {
            connection.start();
            settingFailures.addAll(broker.durabilitySettings(connection, report));
            List<String> queues = broker.queueNames(connection, report);
            report.add("registry.intake still holding: " + broker.messageCount(connection, "registry.intake"));
            report.add("registry.exceptions: " + broker.messageCount(connection, "registry.exceptions"));
            broker.describeDeadLetters(connection, report);
            List<String> districtQueues = new ArrayList<>();
            for (String q : queues) {
                if (q.startsWith("district.") && q.endsWith(".inbound")) {
                    districtQueues.add(q);
                }
            }
            for (String id : FaultTransmittals.districtIds()) {
                if (!districtQueues.contains("district." + id + ".inbound")) {
                    districtQueues.add("district." + id + ".inbound");
                }
            }
            referrals = broker.drain(connection, districtQueues, report);
            List<String> partnerQueues = FaultPartners.ALL.stream().map(p -> "partner." + p.id() + ".outbound").toList();
            acknowledgments = broker.drain(connection, partnerQueues, report);
        }

        FaultFindings findings = new FaultFindings(new FaultFindings.Inputs(
                FaultRecords.read(run.resolve(FaultRecords.RECEIPTS), Receipt::parse),
                FaultRecords.read(run.resolve(FaultRecords.RESENDS), Resend::parse),
                FaultRecords.read(run.resolve(FaultRecords.GAVE_UP), GaveUp::parse),
                FaultRecords.read(run.resolve(FaultRecords.ATTEMPTS), Attempt::parse),
                FaultRecords.read(run.resolve(FaultRecords.EVENTS), Event::parse),
                ledger, referrals, acknowledgments, probeId));

        List<String> out = new ArrayList<>();
        out.add("== " + title + " ==");
        out.addAll(report);
        out.add("");
        out.add("Per round (receipts answered between two faults; the last row is after the last fault):");
        out.add("  round  receipted  first-answered-as-resend  lost-or-duplicated");
        for (FaultFindings.Round r : findings.rounds()) {
            out.add(String.format("  %5d  %9d  %24d  %18d", r.number(), r.receipted(), r.receiptsMarkedResent(), r.lost()));
        }
        out.add("");
        findings.figures().forEach((name, value) -> out.add(String.format("%-66s %8d", name, value)));
        List<String> failures = new ArrayList<>(settingFailures);
        failures.addAll(findings.failures());
        failures.addAll(db.brokerGaveUp());
        if (!pending.isEmpty()) {
            failures.add("the ledger did not settle within " + settle.toSeconds() + " s: " + pending);
        }
        if (!findings.examples().isEmpty()) {
            out.add("");
            out.add("Examples:");
            findings.examples().forEach(e -> out.add("  " + e));
        }
        verdict(run, out, failures, "nothing receipted was lost, nothing reached a district twice");
    }

    /** Ends a checker's report with its verdict, prints it, writes report.txt and exits 0 (PASS) or 1. */
    static void verdict(Path run, List<String> out, List<String> failures, String passed) throws IOException {
        out.add("");
        if (failures.isEmpty()) {
            out.add("RESULT: PASS - " + passed);
        } else {
            out.add("RESULT: FAIL");
            failures.forEach(f -> out.add("  - " + f));
        }
        out.forEach(System.out::println);
        Files.write(run.resolve("report.txt"), out, StandardCharsets.UTF_8);
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    /** The ledger, over JDBC: only the fault partners' rows. */
    static final class Database {
        private final String url;
        private final String user;
        private final String password;

        Database(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        java.sql.Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        void awaitUp(Duration timeout) throws InterruptedException, SQLException {
            org.awaitility.Awaitility.await().atMost(timeout).pollInterval(Duration.ofSeconds(1))
                    .ignoreException(SQLException.class).until(() -> {
                        try (java.sql.Connection c = connect(); Statement s = c.createStatement()) {
                            s.execute("SELECT 1 FROM transmittal LIMIT 1");
                            return true;
                        }
                    });
        }

        List<String> durabilitySettings(List<String> report) throws SQLException {
            List<String> failures = new ArrayList<>();
            Map<String, String> settings = new LinkedHashMap<>();
            try (java.sql.Connection c = connect(); Statement s = c.createStatement()) {
                for (String name : List.of("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method")) {
                    try (ResultSet rs = s.executeQuery("SHOW " + name)) {
                        rs.next();
                        settings.put(name, rs.getString(1));
                    }
                }
            }
            report.add("PostgreSQL durability settings: " + settings);
            if (!"on".equals(settings.get("fsync"))) {
                failures.add("PostgreSQL runs with fsync=" + settings.get("fsync") + ": a commit may be lost by a power loss");
            }
            if ("off".equals(settings.get("synchronous_commit"))) {
                failures.add("PostgreSQL runs with synchronous_commit=off: a commit is answered before it is durable");
            }
            if (!"on".equals(settings.get("full_page_writes"))) {
                failures.add("PostgreSQL runs with full_page_writes=" + settings.get("full_page_writes"));
            }
            return failures;
        }

        /**
         * A transmittal stored and receipted, whose intake message never reached the queue (the process died
         * between the commit and the send): the ledger's RECEIVED row, an hour old, and nothing else.
         */
        String insertStrandedTransmittal() throws SQLException {
            FaultPartner partner = FaultPartners.ALL.get(0);
            String raw = new FaultTransmittals().transmittal(partner, PROBE_SERIAL);
            UUID trackingId = UUID.randomUUID();
            Timestamp receivedAt = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
            try (java.sql.Connection c = connect()) {
                c.setAutoCommit(false);
                try (var t = c.prepareStatement("""
                        INSERT INTO transmittal (tracking_id, partner_id, channel, sender_kind, sender_locator_code,
                            transaction_serial_number, functional_type, action_code, sender_case_id, received_at,
                            status, status_changed_at)
                        VALUES (?, ?, 'SOAP', 'STATE_IV_D_AGENCY', ?, ?, 'LO1', 'R', 'CA-LA-0000123', ?, 'RECEIVED', ?)
                        """);
                     var m = c.prepareStatement("INSERT INTO transmittal_message (tracking_id, sha256, raw_message) VALUES (?, ?, ?)");
                     var e = c.prepareStatement("INSERT INTO transmittal_event (tracking_id, status, occurred_at, detail) "
                             + "VALUES (?, 'RECEIVED', ?, 'fault probe: stored, the process died before queueing it')")) {
                    t.setObject(1, trackingId);
                    t.setString(2, partner.id());
                    t.setString(3, partner.locatorCode());
                    t.setString(4, PROBE_SERIAL);
                    t.setTimestamp(5, receivedAt);
                    t.setTimestamp(6, receivedAt);
                    t.executeUpdate();
                    m.setObject(1, trackingId);
                    m.setString(2, FaultPartners.sha256(raw));
                    m.setString(3, raw);
                    m.executeUpdate();
                    e.setObject(1, trackingId);
                    e.setTimestamp(2, receivedAt);
                    e.executeUpdate();
                }
                c.commit();
            }
            return trackingId.toString();
        }

        /** @return the statuses still in flight (empty once settled) */
        Map<String, Integer> awaitSettled(Duration timeout) throws InterruptedException {
            long[] lastPrint = {0};
            List<Map<String, Integer>> last = new java.util.ArrayList<>(List.of(Map.of("unknown", 1)));
            try {
                org.awaitility.Awaitility.await().atMost(timeout).pollInterval(Duration.ofSeconds(2)).until(() -> {
                    Map<String, Integer> inFlight;
                    try {
                        inFlight = inFlight();
                    } catch (SQLException e) {
                        inFlight = Map.of("database unreachable: " + e.getMessage(), 1);
                    }
                    last.set(0, inFlight);
                    if (!inFlight.isEmpty() && System.currentTimeMillis() - lastPrint[0] > 10_000) {
                        System.out.println("check: waiting for the gateway to finish by itself: " + inFlight);
                        lastPrint[0] = System.currentTimeMillis();
                    }
                    return inFlight.isEmpty();
                });
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // not settled in time: the caller reports what is still in flight
            }
            return last.get(0);
        }

        private Map<String, Integer> inFlight() throws SQLException {
            Map<String, Integer> counts = new TreeMap<>();
            try (java.sql.Connection c = connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT status, count(*) FROM transmittal WHERE partner_id LIKE '"
                         + FaultPartners.ID_PREFIX + "%' AND status IN ('RECEIVED', 'VALIDATED', 'FORWARDED') GROUP BY status")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            // With a transactional outbox a row is final before its messages are on their queues: wait for those too.
            if (tableExists("outbox_message")) {
                try (java.sql.Connection c = connect(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_message WHERE status = 'PENDING'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        counts.put("outbox PENDING", rs.getInt(1));
                    }
                }
            }
            return counts;
        }

        boolean tableExists(String table) throws SQLException {
            try (java.sql.Connection c = connect(); var s = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                s.setString(1, table);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        }

        /** The dead letters recorded for staff, where the gateway records them (dead_letter table). */
        String deadLetterItems() throws SQLException {
            if (!tableExists("dead_letter")) {
                return "no dead_letter table";
            }
            Map<String, Integer> counts = new TreeMap<>();
            try (java.sql.Connection c = connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT problem || ' ' || status, count(*) FROM dead_letter GROUP BY 1")) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
            return counts.isEmpty() ? "none" : counts.toString();
        }

        /**
         * A failure for the dead letters the broker made itself, past its max-delivery-attempts, with no route deciding.
         * The loads send nothing a route could fail on, so the fault counted against them (each stop of the broker or
         * of the gateway counts as a delivery of what consumers held), never the message itself.
         */
        List<String> brokerGaveUp() throws SQLException {
            if (!tableExists("dead_letter")) {
                return List.of();
            }
            try (java.sql.Connection c = connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM dead_letter WHERE problem = 'DELIVERY_ATTEMPTS_EXHAUSTED'")) {
                rs.next();
                int n = rs.getInt(1);
                return n == 0 ? List.of()
                        : List.of(n + " message(s) given up by the broker (DELIVERY_ATTEMPTS_EXHAUSTED): the fault counted against them");
            }
        }

        List<LedgerRow> ledgerRows() throws SQLException {
            List<LedgerRow> rows = new ArrayList<>();
            try (java.sql.Connection c = connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT tracking_id, partner_id, transaction_serial_number, status "
                         + "FROM transmittal WHERE partner_id LIKE '" + FaultPartners.ID_PREFIX + "%'")) {
                while (rs.next()) {
                    rows.add(new LedgerRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return rows;
        }
    }

    /** The broker over CORE, with the credentials given (ignored by a broker without security). */
    static final class Broker {
        private final String url;
        private final ActiveMQConnectionFactory factory;
        private final String user;
        private final String password;

        Broker(String url, String user, String password) {
            this.url = url;
            this.factory = new ActiveMQConnectionFactory(url);
            this.user = user;
            this.password = password;
        }

        QueueConnection connect() throws JMSException {
            return user.isEmpty() ? factory.createQueueConnection() : factory.createQueueConnection(user, password);
        }

        /**
         * One management request over CORE, as the artemis CLI makes it: to activemq.management, answered on a
         * temporary queue beside it (activemq.management.&lt;uuid&gt;), which the broker-admin login may use
         * (identity.BrokerPermissions, src/main/broker/broker.xml). A JMS temporary queue would be named outside that
         * address, where the administrator may not send.
         */
        private Object attribute(QueueConnection connection, String resource, String name) throws Exception {
            try (ServerLocator locator = ActiveMQClient.createServerLocator(url);
                 ClientSessionFactory sessions = locator.createSessionFactory();
                 ClientSession session = user.isEmpty() ? sessions.createSession()
                         : sessions.createSession(user, password, false, true, true, false, 1)) {
                session.start();
                try (ClientRequestor requestor = new ClientRequestor(session, "activemq.management")) {
                    ClientMessage request = session.createMessage(false);
                    ManagementHelper.putAttribute(request, resource, name);
                    ClientMessage reply = requestor.request(request, 10_000);
                    if (reply == null || !ManagementHelper.hasOperationSucceeded(reply)) {
                        throw new IllegalStateException("management refused " + resource + "." + name
                                + (reply == null ? "" : ": " + ManagementHelper.getResult(reply)));
                    }
                    return ManagementHelper.getResult(reply);
                }
            }
        }

        List<String> durabilitySettings(QueueConnection connection, List<String> report) {
            List<String> failures = new ArrayList<>();
            Map<String, Object> settings = new LinkedHashMap<>();
            for (String name : List.of("persistenceEnabled", "journalSyncTransactional", "journalSyncNonTransactional",
                    "journalType", "persistIDCache", "IDCacheSize")) {
                try {
                    settings.put(name, attribute(connection, ResourceNames.BROKER, name));
                } catch (Exception e) {
                    settings.put(name, "unknown (" + e.getMessage() + ")");
                }
            }
            report.add("Broker durability settings: " + settings);
            for (String name : List.of("persistenceEnabled", "journalSyncTransactional", "journalSyncNonTransactional", "persistIDCache")) {
                if (Boolean.FALSE.equals(settings.get(name)) || "false".equals(String.valueOf(settings.get(name)))) {
                    failures.add("the broker runs with " + name + "=false");
                }
            }
            return failures;
        }

        List<String> queueNames(QueueConnection connection, List<String> report) {
            try {
                Object names = attribute(connection, ResourceNames.BROKER, "queueNames");
                List<String> list = new ArrayList<>();
                if (names instanceof Object[] array) {
                    for (Object n : array) {
                        list.add(String.valueOf(n));
                    }
                }
                Collections.sort(list);
                return list;
            } catch (Exception e) {
                report.add("queue names from management: unavailable (" + e.getMessage() + "); using the known district queues");
                return List.of();
            }
        }

        String messageCount(QueueConnection connection, String queue) {
            try {
                return String.valueOf(attribute(connection, ResourceNames.QUEUE + queue, "messageCount"));
            } catch (Exception e) {
                return "none (no such queue: " + e.getMessage() + ")";
            }
        }

        void describeDeadLetters(QueueConnection connection, List<String> report) throws JMSException {
            Map<String, Integer> causes = new TreeMap<>();
            int count = 0;
            try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                 QueueBrowser browser = session.createBrowser(session.createQueue("registry.dead-letter"))) {
                Enumeration<?> messages = browser.getEnumeration();
                while (messages.hasMoreElements()) {
                    Message m = (Message) messages.nextElement();
                    count++;
                    String cause = m.getStringProperty(MessageHeaders.FAILURE_CAUSE);
                    cause = cause == null ? "(no csxFailureCause: moved by the broker)" : cause;
                    causes.merge(cause.length() > 120 ? cause.substring(0, 120) : cause, 1, Integer::sum);
                }
            }
            report.add("registry.dead-letter: " + count + " message(s)" + (causes.isEmpty() ? "" : " " + causes));
        }

        /** Consumes every message of the queues, as their owners would; counts them per csxTrackingId. */
        Map<String, Integer> drain(Connection connection, List<String> queues, List<String> report) throws JMSException {
            Map<String, Integer> perTracking = new HashMap<>();
            Map<String, Integer> perQueue = new TreeMap<>();
            try (Session session = connection.createSession(true, Session.SESSION_TRANSACTED)) {
                for (String name : new TreeSet<>(queues)) {
                    Queue queue = session.createQueue(name);
                    int n = 0;
                    try (MessageConsumer consumer = session.createConsumer(queue)) {
                        Message m;
                        while ((m = consumer.receive(n == 0 ? 3000 : 1500)) != null) {
                            n++;
                            String id = m.getStringProperty(MessageHeaders.TRACKING_ID);
                            perTracking.merge(id == null ? "(no csxTrackingId)" : id, 1, Integer::sum);
                            if (n % 500 == 0) {
                                session.commit();
                            }
                        }
                        session.commit();
                    }
                    perQueue.put(name, n);
                }
            }
            report.add("consumed: " + perQueue);
            return perTracking;
        }
    }
}
