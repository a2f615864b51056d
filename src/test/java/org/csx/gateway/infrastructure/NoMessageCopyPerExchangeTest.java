package org.csx.gateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.csx.gateway.support.GatewayTestSupport;
import org.junit.jupiter.api.Test;

/**
 * No exchange copies its message when it starts. Camel does so in every route as soon as one route uses
 * {@code useOriginalMessage}; the gateway's dead letters are made from the message as received without it
 * (routes/error-handling.yaml, processing.DeadLetterStep). In JFR the copy of the JMS message wrapper was a tenth of
 * the processing threads' samples (docs/performance.md). How dead letters keep the message as received is
 * checked by FailureHandlingEndToEndTest and the district-message dead-letter tests.
 */
class NoMessageCopyPerExchangeTest extends GatewayTestSupport {

    @Test
    void theCamelContextDoesNotKeepACopyOfEachExchangesMessage() {
        assertThat(camelContext.isAllowUseOriginalMessage()).isFalse();
    }
}
