package org.csx.gateway.outbox;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Random;
import org.flywaydb.core.Flyway;

/** What the outbox benchmarks share: the project's schema on a PostgreSQL of their own, a body, a backend's CPU. */
final class OutboxBenchmarkSupport {

    /** The size of a sealed referral, as stored (random bytes: sealed data does not compress). */
    static final String SEALED_REFERRAL_BODY;

    static {
        byte[] sealed = new byte[2400];
        new Random(1).nextBytes(sealed);
        SEALED_REFERRAL_BODY = "csx-enc:1:" + Base64.getEncoder().encodeToString(sealed);
    }

    private OutboxBenchmarkSupport() {
    }

    /** A PostgreSQL in a temporary directory on this port, migrated by the project's Flyway migrations. */
    static EmbeddedPostgres migratedPostgres(String name, int port) throws IOException {
        Path dir = Files.createTempDirectory(name);
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setPort(port).start();
        Flyway.configure().dataSource(pg.getPostgresDatabase()).load().migrate();
        return pg;
    }

    /** The process of PostgreSQL serving this connection. */
    static int backendPid(Connection connection) throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** utime + stime of a process, in clock ticks (10 ms). */
    static long backendCpuJiffies(int pid) throws IOException {
        String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
