package org.csx.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A batch's ledger rows locked and read in one statement: the same rows, locks and raw messages as one by one. */
class LockForProcessingTest extends GatewayTestSupport {

    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource dataSource;

    @Test
    void locksEveryRowOfTheBatchAndReadsWhatTheSingleLockReads() throws Exception {
        UUID first = storeWithoutQueueing(withSerial(example("lo1-request.xml"), nextSerial())).trackingId();
        UUID second = storeWithoutQueueing(withSerial(example("enf-request.xml"), nextSerial())).trackingId();
        UUID unknown = UUID.randomUUID();
        // a connection of its own, never the one Spring binds to the transaction below
        try (Connection connection = dataSource.getConnection()) {
            JdbcTemplate other = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            lockAndCheck(first, second, unknown, other);
        }
        assertThat(ledger.lockForProcessing(List.of())).isEmpty();
    }

    private void lockAndCheck(UUID first, UUID second, UUID unknown, JdbcTemplate other) {
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            Map<UUID, LockedTransmittal> locked = ledger.lockForProcessing(List.of(second, unknown, first));

            assertThat(locked).as("a row for each stored transmittal, none for the unknown id")
                    .containsOnlyKeys(first, second);
            for (UUID id : List.of(first, second)) {
                // another connection (outside this transaction) cannot take the row's lock
                assertThatThrownBy(() -> other.queryForList(
                        "SELECT 1 FROM transmittal WHERE tracking_id = ? FOR UPDATE NOWAIT", id))
                        .as("row of " + id + " locked").isInstanceOf(DataAccessException.class)
                        .hasMessageContaining("could not obtain lock");
            }
            // checked after the locks above: these take the same locks themselves
            assertThat(locked.get(first)).isEqualTo(ledger.lockForProcessing(first).orElseThrow());
            assertThat(locked.get(second)).isEqualTo(ledger.lockForProcessing(second).orElseThrow());
            assertThat(locked.get(second).rawMessage()).contains("<").doesNotStartWith("csx-enc");
        });
        assertThat(other.queryForList("SELECT 1 FROM transmittal WHERE tracking_id = ? FOR UPDATE NOWAIT", first))
                .as("released at the commit").hasSize(1);
    }
}
