package org.csx.gateway.infrastructure;

import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.Policy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code policy: {ref: databaseTransaction}} in a route: the steps inside run in ONE PostgreSQL transaction,
 * committed if they end without an exception and rolled back otherwise. Unlike Camel's {@code transacted}, the
 * exception is left on the exchange untouched (not marked rollback-only), so the calling route's own error
 * handling (redelivery, dead letter) decides what happens to the message, after the rollback.
 * <p>
 * What its steps stage (the outbox messages, the ledger's outcome, the duties, the case review:
 * {@link org.csx.gateway.database.StagedStatements}) is written before the commit, inside the transaction: a batch
 * of transmittals writes each of them in one round trip.
 */
public class DatabaseTransactionPolicy implements Policy {

    private final TransactionTemplate transaction;

    public DatabaseTransactionPolicy(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void beforeWrap(Route route, NamedNode definition) {
        // nothing to prepare
    }

    @Override
    public Processor wrap(Route route, Processor processor) {
        return exchange -> transaction.executeWithoutResult(status -> {
            try {
                processor.process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                status.setRollbackOnly();
            }
        });
    }
}
