package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFailuresTest {

    @Test
    void noConnectionWithinTheTimeoutIsAnOutage() {
        var e = new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("csx-embedded - Connection is not available"));
        assertThat(DatabaseFailures.isUnavailable(new RuntimeCamelException(e))).isTrue();
        assertThat(DatabaseFailures.isUnavailable(new CannotGetJdbcConnectionException("no connection"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"08006", "08001", "57P01", "57P02", "57P03", "53300"})
    void serverStatesOfALostOrRefusedConnectionAreAnOutage(String sqlState) {
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(new SQLException("lost", sqlState)))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "23503", "22001", "40001", "42P01"})
    void failuresOfTheStatementItselfAreNot(String sqlState) {
        assertThat(DatabaseFailures.isUnavailable(new RuntimeException(new SQLException("bad", sqlState)))).isFalse();
    }

    @Test
    void constraintViolationsAndOrdinaryExceptionsAreNot() {
        assertThat(DatabaseFailures.isUnavailable(new DuplicateKeyException("dup"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new DataIntegrityViolationException("bad"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable(new IllegalStateException("x"))).isFalse();
        assertThat(DatabaseFailures.isUnavailable((Throwable) null)).isFalse();
    }
}
