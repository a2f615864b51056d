package org.csx.gateway.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.support.DefaultMessage;
import org.csx.gateway.contract.MessageHeaders;
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

    @Test
    void theDeadLetterIsTheMessageAsReceivedNotWhatTheStepsMadeOfIt() {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        DefaultMessage received = new DefaultMessage(exchange);
        received.setBody("8f0c6a52-0000-4000-8000-000000000001");
        received.setHeader(MessageHeaders.TRACKING_ID, "8f0c6a52-0000-4000-8000-000000000001");
        exchange.setProperty(MessageHeaders.RECEIVED_MESSAGE, received);
        exchange.getMessage().setBody("<Transmittal><Ssn>555123456</Ssn></Transmittal>");
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new MissingLedgerRowException(UUID.randomUUID()));

        new DeadLetterStep().deadLetter(exchange);

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("8f0c6a52-0000-4000-8000-000000000001");
        assertThat(exchange.getMessage().getHeader(MessageHeaders.FAILURE_CAUSE, String.class))
                .startsWith("MissingLedgerRowException");
    }
}
