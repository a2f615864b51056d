package org.csx.gateway.outbox;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an outbox row costs PostgreSQL from insert to delivered, by how its sealed body is stored: the processing
 * route's insert ({@link Outbox#INSERT}, 45 rows of 2.4 KB sealed bodies per transaction, one JDBC batch) and
 * the relay's select and mark-delivered (which clears the body) every fourth transaction, on the project's own
 * schema (its Flyway migrations). Variants, comma-separated: {@code default} (the schema as it is: bodies over about
 * 2 KB go to TOAST, compression tried), {@code inline} ({@code toast_tuple_target = 8160}: the body stays in the
 * row), {@code external} (TOAST without the compression attempt). Per row: wall time, this thread's CPU, the
 * backend's CPU (and its insert part). Not a test; run it from the command line (docs/performance.md, tenth
 * session):
 *
 * <pre>
 *   mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.csx.gateway.outbox.OutboxLifeBenchmark \
 *       300 3 default,inline,external
 * </pre>
 * Arguments: transactions per variant and round, rounds, variants. Its own PostgreSQL on port 19401, in a temporary
 * directory; the table is emptied and checkpointed before each variant.
 */
public final class OutboxLifeBenchmark {

    private OutboxLifeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int transactions = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<String> variants = List.of(args[2].split(","));
        try (EmbeddedPostgres pg = OutboxBenchmarkSupport.migratedPostgres("outbox-life", 19401)) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            String body = OutboxBenchmarkSupport.SEALED_REFERRAL_BODY;
            var threads = ManagementFactory.getThreadMXBean();
            for (int round = 1; round <= rounds; round++) {
                for (String variant : variants) {
                    try (Connection c = java.sql.DriverManager.getConnection(url)) {
                        try (Statement s = c.createStatement()) {
                            s.execute("TRUNCATE outbox_message");
                            s.execute("ALTER TABLE outbox_message RESET (toast_tuple_target)");
                            s.execute("ALTER TABLE outbox_message ALTER COLUMN body SET STORAGE EXTENDED");
                            if (variant.contains("inline")) {
                                s.execute("ALTER TABLE outbox_message SET (toast_tuple_target = 8160)");
                            }
                            if (variant.contains("external")) {
                                s.execute("ALTER TABLE outbox_message ALTER COLUMN body SET STORAGE EXTERNAL");
                            }
                            s.execute("CHECKPOINT");
                        }
                        c.setAutoCommit(false);
                        int backend = OutboxBenchmarkSupport.backendPid(c);
                        long b0 = OutboxBenchmarkSupport.backendCpuJiffies(backend);
                        long cpu0 = threads.getCurrentThreadCpuTime();
                        long w0 = System.nanoTime();
                        long insB = 0;
                        try (PreparedStatement insert = c.prepareStatement(Outbox.INSERT);
                             PreparedStatement select = c.prepareStatement(OutboxRelay.PENDING);
                             PreparedStatement update = c.prepareStatement(OutboxRelay.DELIVERED)) {
                            select.setInt(1, 200); // the relay's batch size
                            for (int t = 0; t < transactions; t++) {
                                long x0 = OutboxBenchmarkSupport.backendCpuJiffies(backend);
                                for (int i = 0; i < 45; i++) {
                                    insert.setString(1, "b-" + round + "-" + variant + "-" + t + "-" + i);
                                    insert.setString(2, "district.36061.inbound");
                                    insert.setString(3, "REFERRAL");
                                    insert.setObject(4, UUID.randomUUID());
                                    insert.setString(5, body);
                                    insert.setString(6, "{\"csxTrackingId\":\"" + UUID.randomUUID() + "\",\"csxDistrictId\":\"36061\"}");
                                    insert.addBatch();
                                }
                                insert.executeBatch();
                                c.commit();
                                insB += OutboxBenchmarkSupport.backendCpuJiffies(backend) - x0;
                                if (t % 4 == 3) {
                                    List<Long> ids = new ArrayList<>();
                                    try (ResultSet rs = select.executeQuery()) {
                                        while (rs.next()) {
                                            ids.add(rs.getLong(1));
                                            rs.getString(4); // the relay reads each body
                                        }
                                    }
                                    update.setArray(1, c.createArrayOf("bigint", ids.toArray()));
                                    update.executeUpdate();
                                    c.commit();
                                }
                            }
                        }
                        double rows = transactions * 45.0;
                        System.out.printf("round %d %-10s wall %.1f µs/row, JVM %.1f, backend %.1f (insert part %.1f)%n", round, variant,
                                (System.nanoTime() - w0) / 1e3 / rows, (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / rows,
                                (OutboxBenchmarkSupport.backendCpuJiffies(backend) - b0) * 1e4 / rows, insB * 1e4 / rows);
                    }
                }
            }
        }
    }
}
