package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;
import org.apache.camel.RuntimeCamelException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class DeadLetterStepTest {

    @Test
    void ourOwnFailuresAreDescribedWithTheirMessage() {
        UUID id = UUID.randomUUID();
        assertThat(DeadLetterStep.describe(new RuntimeCamelException(new MissingLedgerRowException(id))))
                .isEqualTo("MissingLedgerRowException: The ledger holds no transmittal " + id);
    }

    @Test
    void aDatabaseDriversTextNeverReachesTheDescription() {
        var driver = new SQLException("ERROR: duplicate key value violates unique constraint; Detail: Key (ssn)=(123456789) already exists",
                "23505");
        String description = DeadLetterStep.describe(new DataIntegrityViolationException("could not insert: ssn 123456789", driver));
        assertThat(description).isEqualTo("SQLException (in DataIntegrityViolationException)").doesNotContain("123456789");
    }

    @Test
    void noCauseIsSaidPlainly() {
        assertThat(DeadLetterStep.describe(null)).isEqualTo("unknown failure");
    }
}
