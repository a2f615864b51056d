package org.csx.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staged rows on the gateway's own connection pool and PostgreSQL: held until the transaction's next statement or its
 * commit, seen by every later statement of the transaction, dropped by a rollback, an error failing the whole
 * transaction; written at once outside a transaction.
 */
class StagedStatementsTest extends GatewayTestSupport {

    private static final String INSERT = "INSERT INTO staged_statements_test (name, seq, tags) VALUES (?, ?, ?)";
    private static final String OTHER = "INSERT INTO staged_statements_test (name, seq) VALUES (?, ?)";

    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;
    TransactionTemplate transaction;

    @BeforeEach
    void table() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS staged_statements_test "
                + "(id bigserial PRIMARY KEY, name text NOT NULL UNIQUE, seq int NOT NULL, tags varchar[])");
        transaction = new TransactionTemplate(transactionManager);
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("DROP TABLE IF EXISTS staged_statements_test");
    }

    @Test
    void heldUntilTheNextStatementThenSeenByIt() {
        transaction.executeWithoutResult(tx -> {
            StagedStatements.stage(jdbc, INSERT, "a", 1, new StagedStatements.SqlArray("varchar", new Object[] {"x", "y"}));
            StagedStatements.stage(jdbc, OTHER, List.of(new Object[] {"b", 2}, new Object[] {"c", 3}));
            StagedStatements.stage(jdbc, INSERT, "d", 4, null);
            assertThat(staging().stagedRows()).isEqualTo(4);
            // the read writes them first, and sees them
            assertThat(names()).containsExactlyInAnyOrder("a", "b", "c", "d");
            assertThat(staging().stagedRows()).isZero();
            assertThat(jdbc.queryForObject("SELECT array_to_string(tags, ',') FROM staged_statements_test WHERE name = 'a'",
                    String.class)).isEqualTo("x,y");
            // rows of one statement in the order staged; the statements in the order each was first staged
            assertThat(jdbc.queryForList("SELECT name FROM staged_statements_test ORDER BY id", String.class))
                    .containsExactly("a", "d", "b", "c");
        });
        assertThat(names()).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void aCombinedStatementWritesItsRowsInTheExecutionsItsCombinerMakes() {
        List<Integer> combined = new ArrayList<>();
        StagedStatements.Combined unnest = new StagedStatements.Combined(
                "INSERT INTO staged_statements_test (name, seq) SELECT * FROM unnest(?::text[], ?::int[])", rows -> {
                    combined.add(rows.size());
                    return List.<Object[]>of(new Object[] {
                            new StagedStatements.SqlArray("text", rows.stream().map(row -> row[0]).toArray()),
                            new StagedStatements.SqlArray("int4", rows.stream().map(row -> row[1]).toArray())});
                });
        transaction.executeWithoutResult(tx -> {
            StagedStatements.stage(jdbc, unnest, "a", 1);
            StagedStatements.stage(jdbc, OTHER, "b", 2);
            StagedStatements.stage(jdbc, unnest, "c", 3);
            assertThat(combined).as("nothing combined while staged").isEmpty();
            assertThat(jdbc.queryForList("SELECT name FROM staged_statements_test ORDER BY id", String.class))
                    .containsExactly("a", "c", "b");
        });
        assertThat(combined).as("both rows in one execution").containsExactly(2);
        // outside a transaction: written at once, alone
        StagedStatements.stage(jdbc, unnest, "d", 4);
        assertThat(combined).containsExactly(2, 1);
        assertThat(StagedStatements.update(jdbc, unnest, "e", 5)).isEqualTo(1);
        assertThat(names()).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
    }

    @Test
    void bothDataSourcesSendABatchOfInsertsAsMultiRowInserts() throws Exception {
        // the embedded pool (these tests' own) builds its data source itself; the production profile's comes from
        // application.yml (docs/performance.md, fourteenth session)
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled()).isTrue();
        }
        assertThat(environment.getProperty("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts"))
                .isEqualTo("true");
    }

    @Test
    void aStatementRunPastWhatIsStagedLeavesItStagedForTheNextStatement() {
        transaction.executeWithoutResult(tx -> {
            StagedStatements.stage(jdbc, OTHER, "staged", 1);
            int inserted = StagedStatements.pastStaged(jdbc, () -> jdbc.update(INSERT, "past", 2, null));
            assertThat(inserted).isEqualTo(1);
            assertThat(staging().stagedRows()).isEqualTo(1);
            // the next statement writes it first, after the one run past it
            assertThat(jdbc.queryForList("SELECT name FROM staged_statements_test ORDER BY id", String.class))
                    .containsExactly("past", "staged");
            assertThat(staging().stagedRows()).isZero();
        });
        // outside a transaction it simply runs
        assertThat(StagedStatements.pastStaged(jdbc, () -> jdbc.update(OTHER, "alone", 3))).isEqualTo(1);
        assertThat(names()).containsExactlyInAnyOrder("past", "staged", "alone");
    }

    @Test
    void writtenBeforeTheCommitAndDroppedByARollback() {
        transaction.executeWithoutResult(tx -> StagedStatements.stage(jdbc, OTHER, "committed", 1));
        transaction.executeWithoutResult(tx -> {
            StagedStatements.stage(jdbc, OTHER, "rolled back", 2);
            tx.setRollbackOnly();
        });
        assertThat(names()).containsExactly("committed");
        // the next transaction on the pool's connections finds nothing left over from the one rolled back
        transaction.executeWithoutResult(tx -> assertThat(staging().stagedRows()).isZero());
        assertThat(names()).containsExactly("committed");
    }

    @Test
    void aFailingRowFailsTheWholeTransaction() {
        jdbc.update(OTHER, "taken", 0);
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            jdbc.update(OTHER, "written at once", 1);
            StagedStatements.stage(jdbc, OTHER, "taken", 2); // the unique name: fails when written, at the commit
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(names()).containsExactly("taken");

        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
            StagedStatements.stage(jdbc, OTHER, "taken", 3);
            jdbc.queryForList("SELECT 1"); // fails here, at the next statement
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(names()).containsExactly("taken");
    }

    @Test
    void outsideATransactionWrittenAtOnce() {
        StagedStatements.stage(jdbc, OTHER, "now", 1);
        StagedStatements.stage(jdbc, OTHER, List.of()); // nothing: no statement, no error
        assertThat(names()).containsExactly("now");
    }

    @Test
    void aSavepointRolledBackDropsOnlyWhatCameAfterIt() {
        TransactionTemplate nested = new TransactionTemplate(transactionManager);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        TransactionTemplate separate = new TransactionTemplate(transactionManager);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transaction.executeWithoutResult(tx -> {
            StagedStatements.stage(jdbc, OTHER, "before the savepoint", 1);
            nested.executeWithoutResult(inner -> {
                StagedStatements.stage(jdbc, OTHER, "after the savepoint", 2);
                inner.setRollbackOnly();
            });
            // a transaction of its own (another connection) commits its rows without the outer one's
            separate.executeWithoutResult(inner -> StagedStatements.stage(jdbc, OTHER, "separate", 3));
            assertThat(staging().stagedRows()).isZero();
            StagedStatements.stage(jdbc, OTHER, "after", 4);
        });
        assertThat(names()).containsExactlyInAnyOrder("before the savepoint", "separate", "after");
    }

    private StagingConnection staging() {
        Connection connection = DataSourceUtils.getConnection(jdbc.getDataSource());
        try {
            return connection.unwrap(StagingConnection.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, jdbc.getDataSource());
        }
    }

    private List<String> names() {
        return jdbc.queryForList("SELECT name FROM staged_statements_test", String.class);
    }
}
