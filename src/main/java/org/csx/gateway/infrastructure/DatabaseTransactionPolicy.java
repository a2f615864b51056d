package org.csx.gateway.infrastructure;

import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.Policy;
import org.csx.gateway.outbox.StagedMessages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code policy: {ref: databaseTransaction}} in a route: the steps inside run in ONE PostgreSQL transaction,
 * committed if they end without an exception and rolled back otherwise. Unlike Camel's {@code transacted}, the
 * exception is left on the exchange untouched (not marked rollback-only), so the calling route's own error
 * handling (redelivery, dead letter) decides what happens to the message, after the rollback.
 * <p>
 * The policy that begins the transaction also holds the outbox messages its steps stage ({@link StagedMessages})
 * and writes them after the last step, before the commit: a batch of transmittals stages its messages in one
 * round trip.
 */
public class DatabaseTransactionPolicy implements Policy {

    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    public DatabaseTransactionPolicy(PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    @Override
    public void beforeWrap(Route route, NamedNode definition) {
        // nothing to prepare
    }

    @Override
    public Processor wrap(Route route, Processor processor) {
        return exchange -> transaction.executeWithoutResult(status -> {
            // a policy inside another's transaction (a transmittal of a batch) leaves the rows to the outer one
            StagedMessages staged = status.isNewTransaction() ? StagedMessages.open(jdbc.getDataSource()) : null;
            try {
                processor.process(exchange);
                if (staged != null && exchange.getException() == null) {
                    staged.writeAll(jdbc);
                }
            } catch (Exception e) {
                exchange.setException(e);
            } finally {
                if (staged != null) {
                    staged.close();
                }
            }
            if (exchange.getException() != null) {
                status.setRollbackOnly();
            }
        });
    }
}
