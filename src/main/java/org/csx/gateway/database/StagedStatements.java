package org.csx.gateway.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes whose result nobody waits for, held back to go to PostgreSQL together: in a database transaction a staged
 * row is written with the transaction's next statement on its connection, or just before its commit, whichever comes
 * first; rows of the same statement go as one JDBC batch (one round trip however many transmittals staged them).
 * Outside a transaction (or on a connection in auto-commit) a row is written at once.
 * <p>
 * What this keeps: every statement the transaction runs sees every row staged before it (the connection writes them
 * first: {@link StagingDataSource}), except those a caller runs {@link #pastStaged} because they cannot depend on
 * them; a rollback drops what is staged; an error in a staged row fails the transaction, at the latest at its commit.
 * What it changes: rows of different statements staged in turn are written one statement after the other (all rows
 * of the first statement staged, then all of the second), so only statements whose order among each other does not
 * matter may be staged: each writes rows of its own key that no other staged statement reads (the outbox, a locked
 * transmittal's status and events, its duties, its case review, a registration's requirements, a new registration's
 * children, orders, events and first status change). A statement that needs its update count is run, not staged.
 */
public final class StagedStatements {

    /** An array argument ({@code ANY (?)}, {@code unnest(?)}), made with the connection that writes the row. */
    public record SqlArray(String elementType, Object[] elements) {
        @Override
        public boolean equals(Object other) {
            return other instanceof SqlArray a && a.elementType.equals(elementType) && Arrays.equals(a.elements, elements);
        }

        @Override
        public int hashCode() {
            return elementType.hashCode() * 31 + Arrays.hashCode(elements);
        }

        @Override
        public String toString() {
            return "SqlArray[" + elementType + ", " + elements.length + " elements]";
        }
    }

    /**
     * A statement whose staged rows are written together in as few executions as keep their meaning: {@code combine}
     * turns the rows, in the order staged, into the arguments of each execution, in order (usually columns as arrays
     * the SQL unnests). PostgreSQL then plans and runs one statement for a batch of transmittals instead of one per
     * row. A constant: rows are grouped by it.
     */
    public record Combined(String sql, Function<List<Object[]>, List<Object[]>> combine) {

        /**
         * The rows in runs, in order, none holding the same key twice: a key met again starts the next run. One
         * statement changes a row once (an UPDATE's second match, or {@code ON CONFLICT DO UPDATE} meeting its own
         * row, fails), and a later row must see what the earlier one of its key did.
         */
        public static List<List<Object[]>> runs(List<Object[]> rows, Function<Object[], Object> key) {
            List<List<Object[]>> runs = new ArrayList<>();
            List<Object[]> run = new ArrayList<>();
            Set<Object> keys = new HashSet<>();
            for (Object[] row : rows) {
                if (!keys.add(key.apply(row))) {
                    runs.add(run);
                    run = new ArrayList<>();
                    keys.clear();
                    keys.add(key.apply(row));
                }
                run.add(row);
            }
            runs.add(run);
            return runs;
        }

        /** Column {@code index} of the rows as an array argument of element type {@code elementType}. */
        public static SqlArray column(List<Object[]> rows, int index, String elementType) {
            return new SqlArray(elementType, rows.stream().map(row -> row[index]).toArray());
        }
    }

    private StagedStatements() {
    }

    /** Stages one row of {@code sql}, or writes it now outside a transaction. */
    public static void stage(JdbcTemplate jdbc, String sql, Object... args) {
        stage(jdbc, sql, List.<Object[]>of(args));
    }

    /** Stages the rows of {@code sql} in this order (none: nothing), or writes them now outside a transaction. */
    public static void stage(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        stageRows(jdbc, sql, rows);
    }

    /** Stages one row of a combined statement, or writes it now outside a transaction. */
    public static void stage(JdbcTemplate jdbc, Combined statement, Object... args) {
        stageRows(jdbc, statement, List.<Object[]>of(args));
    }

    private static void stageRows(JdbcTemplate jdbc, Object statement, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        StagingConnection staging = transactionConnection(jdbc.getDataSource());
        if (staging != null) {
            staging.stage(statement, rows, jdbc);
        } else {
            jdbc.execute((ConnectionCallback<int[]>) connection -> write(connection, statement, rows));
        }
    }

    /**
     * Runs {@code statements} on the transaction's connection without writing what is staged first: for statements
     * whose result cannot depend on any staged row and that no staged row depends on (they read and write only rows
     * no statement staged in this transaction touches, e.g. a new row of a table nothing is staged for, keyed on a key
     * nothing staged shares). The staged rows are written with the next statement after it, or before the commit.
     * Outside a transaction it simply runs them.
     */
    public static <T> T pastStaged(JdbcTemplate jdbc, Supplier<T> statements) {
        StagingConnection staging = transactionConnection(jdbc.getDataSource());
        if (staging == null) {
            return statements.get();
        }
        staging.enterPastStaged();
        try {
            return statements.get();
        } finally {
            staging.leavePastStaged();
        }
    }

    /** How many rows this thread's transaction holds staged, not yet written (0 outside a transaction). */
    public static int stagedRows(JdbcTemplate jdbc) {
        StagingConnection staging = transactionConnection(jdbc.getDataSource());
        return staging == null ? 0 : staging.stagedRows();
    }

    /** Runs one row of a combined statement now (after what is staged); its update count. */
    public static int update(JdbcTemplate jdbc, Combined statement, Object... args) {
        int[] counts = jdbc.execute((ConnectionCallback<int[]>) connection -> write(connection, statement, List.<Object[]>of(args)));
        return counts == null || counts.length == 0 ? 0 : Math.max(counts[0], 0);
    }

    /** Writes the rows of a statement ({@code String} SQL, or {@link Combined}) on this connection. */
    static int[] write(Connection connection, Object statement, List<Object[]> rows) throws SQLException {
        if (statement instanceof Combined combined) {
            return write(connection, combined.sql(), combined.combine().apply(rows));
        }
        return write(connection, (String) statement, rows);
    }

    /** Writes the rows of one statement as one JDBC batch on this connection. */
    static int[] write(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(connection, statement, row);
                statement.addBatch();
            }
            return statement.executeBatch();
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof SqlArray array) {
                statement.setArray(i + 1, connection.createArrayOf(array.elementType(), array.elements()));
            } else {
                // as JdbcTemplate binds its arguments
                StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, args[i]);
            }
        }
    }

    /** The connection of the transaction running on this thread, if it stages (not in auto-commit). */
    private static StagingConnection transactionConnection(DataSource dataSource) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || !(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder)
                || holder.getConnectionHandle() == null) {
            return null;
        }
        try {
            Connection connection = holder.getConnection();
            return connection.isWrapperFor(StagingConnection.class) && !connection.getAutoCommit()
                    ? connection.unwrap(StagingConnection.class) : null;
        } catch (SQLException e) {
            return null; // written at once, where the failure shows
        }
    }
}
