package org.csx.gateway.outbox;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

/**
 * What one JDBC batch saves against one statement per row, for the outbox's insert ({@link Outbox#INSERT})
 * on the project's own schema (the Flyway migrations): per transaction as many rows as a batch of 25 transmittals
 * stages (45), bodies the size of a sealed referral. Variants in turn, each round on its own connection: one
 * statement per row, one JDBC batch, and the batch rewritten by the driver into multi-row inserts
 * ({@code reWriteBatchedInserts}). Per row: wall time, this thread's CPU (driver and JVM), the backend's CPU.
 * Not a test; run it from the command line (docs/performance.md, sixth session):
 *
 * <pre>
 *   mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.csx.gateway.outbox.OutboxBatchBenchmark 200 4
 * </pre>
 * Arguments: transactions per variant and round (200), rounds (4). Its own PostgreSQL on port 19400, in a temporary
 * directory.
 */
public final class OutboxBatchBenchmark {

    private static final int ROWS_PER_TRANSACTION = 45;

    private OutboxBatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int transactions = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        try (EmbeddedPostgres pg = OutboxBenchmarkSupport.migratedPostgres("outbox-batch-benchmark", 19400)) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            String body = OutboxBenchmarkSupport.SEALED_REFERRAL_BODY;
            var threads = ManagementFactory.getThreadMXBean();
            System.out.println("| round | variant | wall µs per row | JVM CPU µs per row | backend CPU µs per row |");
            System.out.println("|---|---|---|---|---|");
            for (int round = 1; round <= rounds; round++) {
                for (String variant : List.of("one statement per row", "one JDBC batch", "reWriteBatchedInserts")) {
                    String variantUrl = url + (variant.startsWith("reWrite") ? "&reWriteBatchedInserts=true" : "");
                    try (Connection c = java.sql.DriverManager.getConnection(variantUrl)) {
                        c.setAutoCommit(false);
                        int backend = OutboxBenchmarkSupport.backendPid(c);
                        long backend0 = OutboxBenchmarkSupport.backendCpuJiffies(backend);
                        long cpu0 = threads.getCurrentThreadCpuTime();
                        long wall0 = System.nanoTime();
                        try (PreparedStatement insert = c.prepareStatement(Outbox.INSERT)) {
                            for (int t = 0; t < transactions; t++) {
                                for (int i = 0; i < ROWS_PER_TRANSACTION; i++) {
                                    insert.setString(1, "bench-" + round + "-" + variant.charAt(4) + "-" + t + "-" + i);
                                    insert.setString(2, "district.36061.inbound");
                                    insert.setString(3, "REFERRAL");
                                    insert.setObject(4, UUID.randomUUID());
                                    insert.setString(5, body);
                                    insert.setString(6, "{\"csxTrackingId\":\"" + UUID.randomUUID() + "\",\"csxDistrictId\":\"36061\"}");
                                    if (variant.startsWith("one statement")) {
                                        insert.executeUpdate();
                                    } else {
                                        insert.addBatch();
                                    }
                                }
                                if (!variant.startsWith("one statement")) {
                                    insert.executeBatch();
                                }
                                c.commit();
                            }
                        }
                        double rows = (double) transactions * ROWS_PER_TRANSACTION;
                        System.out.printf("| %d | %s | %.1f | %.1f | %.1f |%n", round, variant,
                                (System.nanoTime() - wall0) / 1e3 / rows,
                                (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / rows,
                                (OutboxBenchmarkSupport.backendCpuJiffies(backend) - backend0) * 1e4 / rows);
                    }
                }
            }
        }
    }

}
