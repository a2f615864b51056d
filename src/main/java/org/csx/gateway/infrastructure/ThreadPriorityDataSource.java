package org.csx.gateway.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * Two pools on one PostgreSQL that runs on the gateway's own machine (the embedded default): a thread below normal
 * Java priority (processing, the outbox relay, partner delivery: {@link BackgroundPriorityCheck}) takes its
 * connections from a pool whose server processes run at the same nice value as the thread, so the database work done
 * for processing yields to the work done for a receipt, as the threads themselves do (docs/performance.md, twentieth
 * session). Every other thread uses the foreground pool. A transaction stays on one thread, so on one pool.
 */
final class ThreadPriorityDataSource extends AbstractDataSource implements AutoCloseable {

    private final DataSource foreground;
    private final DataSource background;

    ThreadPriorityDataSource(DataSource foreground, DataSource background) {
        this.foreground = foreground;
        this.background = background;
    }

    /** The pool the calling thread uses. */
    DataSource forCurrentThread() {
        return Thread.currentThread().getPriority() < Thread.NORM_PRIORITY ? background : foreground;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return forCurrentThread().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return forCurrentThread().getConnection(username, password);
    }

    /** Whatever asks for the pool's own type (Spring Boot's pool metrics) finds the foreground pool. */
    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : foreground.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || foreground.isWrapperFor(type);
    }

    @Override
    public void close() throws Exception {
        try (AutoCloseable first = closeable(background); AutoCloseable second = closeable(foreground)) {
            // both closed, the background pool first
        }
    }

    private static AutoCloseable closeable(DataSource pool) {
        return pool instanceof AutoCloseable closeable ? closeable : () -> { };
    }

    /**
     * Makes the background pool's connections: each new server process is given the background threads' nice value
     * with {@code renice} before the pool hands it out. Only possible when the server runs on this machine under the
     * gateway's user (or the gateway is root); where {@code renice} fails the connection is used as it is, said once.
     */
    static final class LoweredConnections extends AbstractDataSource {

        private static final Logger log = LoggerFactory.getLogger(LoweredConnections.class);

        private final DataSource server;
        private final int nice;
        private final AtomicBoolean warned = new AtomicBoolean();

        LoweredConnections(DataSource server, int nice) {
            this.server = server;
            this.nice = nice;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return lowered(server.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return lowered(server.getConnection(username, password));
        }

        private Connection lowered(Connection connection) throws SQLException {
            int backend = connection.unwrap(PGConnection.class).getBackendPID();
            String failure = renice(backend, nice);
            if (failure != null && warned.compareAndSet(false, true)) {
                log.warn("Could not lower the priority of the database's processes for background work ({});"
                        + " processing's database work competes with receipts", failure);
            }
            return connection;
        }

        /** Null when done, else why not. */
        static String renice(int pid, int nice) {
            try {
                Process renice = new ProcessBuilder("renice", "--priority", Integer.toString(nice), "--pid",
                        Integer.toString(pid)).redirectErrorStream(true).start();
                renice.getInputStream().transferTo(OutputStream.nullOutputStream());
                if (!renice.waitFor(10, TimeUnit.SECONDS)) {
                    renice.destroyForcibly();
                    return "renice did not finish";
                }
                return renice.exitValue() == 0 ? null : "renice exited with " + renice.exitValue();
            } catch (IOException e) {
                return "renice not available";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }
}
