package org.csx.gateway.database;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A pooled connection that holds the rows staged in its transaction ({@link StagedStatements}) and writes them before
 * anything else reaches PostgreSQL on it: before a statement is made, a savepoint set, auto-commit switched on, or the
 * transaction committed. A rollback, or the connection closed with its transaction open, drops them.
 */
final class StagingConnection implements InvocationHandler {

    private final Connection target;
    /**
     * Rows by statement (its SQL, or a {@link StagedStatements.Combined}), in the order each statement was first
     * staged; a statement's rows in the order staged.
     */
    private final Map<Object, List<Object[]>> staged = new LinkedHashMap<>();
    private boolean inTransaction;
    /** Inside {@link StagedStatements#pastStaged}: statements made now leave the staged rows staged. */
    private int pastStaged;

    private StagingConnection(Connection target) {
        this.target = target;
    }

    static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(StagingConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new StagingConnection(target));
    }

    void stage(Object statement, List<Object[]> rows, JdbcTemplate jdbc) {
        staged.computeIfAbsent(statement, s -> new ArrayList<>()).addAll(rows);
        if (!inTransaction) {
            inTransaction = true;
            // written before the commit inside the transaction, so that a failure rolls it back like any other
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    try {
                        writeStaged();
                    } catch (SQLException e) {
                        throw jdbc.getExceptionTranslator().translate("writing staged statements", null, e);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    staged.clear();
                    inTransaction = false;
                }
            });
        }
    }

    void enterPastStaged() {
        pastStaged++;
    }

    void leavePastStaged() {
        pastStaged--;
    }

    int stagedRows() {
        return staged.values().stream().mapToInt(List::size).sum();
    }

    private void writeStaged() throws SQLException {
        if (staged.isEmpty()) {
            return;
        }
        // taken out first: a failure leaves nothing to be written a second time
        List<Map.Entry<Object, List<Object[]>>> rows = new ArrayList<>(staged.entrySet());
        staged.clear();
        for (Map.Entry<Object, List<Object[]>> statement : rows) {
            StagedStatements.write(target, statement.getKey(), statement.getValue());
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "prepareStatement", "createStatement", "prepareCall" -> {
                if (pastStaged == 0) {
                    writeStaged();
                }
            }
            case "setSavepoint", "commit" -> writeStaged();
            case "setAutoCommit" -> {
                if (Boolean.TRUE.equals(args[0])) {
                    writeStaged(); // switching auto-commit on commits
                }
            }
            case "rollback", "close", "abort" -> {
                // a rollback to a savepoint drops only what came after it: everything staged did (setSavepoint wrote the rest)
                staged.clear();
            }
            case "unwrap" -> {
                if (args[0] == StagingConnection.class) {
                    return this;
                }
            }
            case "isWrapperFor" -> {
                if (args[0] == StagingConnection.class) {
                    return true;
                }
            }
            case "equals" -> {
                return proxy == args[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "toString" -> {
                return "StagingConnection[" + target + "]";
            }
            default -> {
                // everything else as the pool's connection does it
            }
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
