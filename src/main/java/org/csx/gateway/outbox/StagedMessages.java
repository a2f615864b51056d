package org.csx.gateway.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox rows of one database transaction, held until its end to go to PostgreSQL together: one batch, one
 * round trip, however many transmittals the transaction processed. The owner of the transaction (the processing
 * route's {@code databaseTransaction} policy) opens them when it begins and writes them after its last step,
 * inside the transaction, so they commit or roll back with everything else. Nothing reads an outbox row back in
 * the transaction that staged it; the relay reads committed rows only.
 */
public final class StagedMessages {

    static final String INSERT = """
            INSERT INTO outbox_message (dedup_key, destination, kind, tracking_id, body, headers)
            VALUES (?, ?, ?, ?, ?, ?::jsonb)
            ON CONFLICT (dedup_key) DO NOTHING
            """;

    private final Object connection;
    private final List<Object[]> rows = new ArrayList<>();

    private StagedMessages(Object connection) {
        this.connection = connection;
    }

    /**
     * Opens them for the transaction that has just begun on this thread.
     *
     * @return null when another transaction's are open on this thread (this one is inside it and leaves its rows to
     *         it)
     */
    public static StagedMessages open(DataSource dataSource) {
        if (TransactionSynchronizationManager.hasResource(StagedMessages.class)) {
            return null;
        }
        StagedMessages staged = new StagedMessages(TransactionSynchronizationManager.getResource(dataSource));
        TransactionSynchronizationManager.bindResource(StagedMessages.class, staged);
        return staged;
    }

    /**
     * Those of the transaction running now, if its owner opened them. Empty in a transaction of its own started
     * meanwhile (another connection), so no row waits for a commit that is not its own.
     */
    static Optional<StagedMessages> current(DataSource dataSource) {
        StagedMessages staged = (StagedMessages) TransactionSynchronizationManager.getResource(StagedMessages.class);
        return staged != null && staged.connection != null
                && staged.connection == TransactionSynchronizationManager.getResource(dataSource)
                ? Optional.of(staged) : Optional.empty();
    }

    void add(Object[] row) {
        rows.add(row);
    }

    /** Writes the rows, in the order staged, as one JDBC batch; still inside the transaction. */
    public void writeAll(JdbcTemplate jdbc) {
        if (rows.size() == 1) {
            jdbc.update(INSERT, rows.get(0));
        } else if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
        rows.clear();
    }

    /** Closes them, written or (the transaction rolling back) not. */
    public void close() {
        TransactionSynchronizationManager.unbindResourceIfPossible(StagedMessages.class);
    }
}
