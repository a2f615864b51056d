package org.csx.gateway.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.csx.gateway.ledger.TransmittalStatus.ACKNOWLEDGED;
import static org.csx.gateway.ledger.TransmittalStatus.DEAD_LETTERED;
import static org.csx.gateway.ledger.TransmittalStatus.FORWARDED;
import static org.csx.gateway.ledger.TransmittalStatus.RECEIVED;
import static org.csx.gateway.ledger.TransmittalStatus.REJECTED;
import static org.csx.gateway.ledger.TransmittalStatus.ROUTING_EXCEPTION;
import static org.csx.gateway.ledger.TransmittalStatus.VALIDATED;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransmittalStatusTest {

    @Test
    void receivedCanFollowDeadLetteredOnly() {
        assertThat(RECEIVED.predecessors()).containsExactly(DEAD_LETTERED);
    }

    @Test
    void validationOutcomesFollowReceived() {
        assertThat(VALIDATED.predecessors()).containsExactly(RECEIVED);
        assertThat(REJECTED.predecessors()).containsExactly(RECEIVED);
    }

    @Test
    void forwardedFollowsValidationOrStaffRouting() {
        assertThat(FORWARDED.predecessors()).containsExactlyInAnyOrder(VALIDATED, ROUTING_EXCEPTION);
        assertThat(FORWARDED.canFollow(RECEIVED)).isFalse();
    }

    @Test
    void routingExceptionFollowsValidated() {
        assertThat(ROUTING_EXCEPTION.predecessors()).containsExactly(VALIDATED);
    }

    @Test
    void acknowledgedFollowsForwarded() {
        assertThat(ACKNOWLEDGED.predecessors()).containsExactly(FORWARDED);
    }

    @Test
    void deadLetteredCanFollowEveryNonFinalStatus() {
        assertThat(DEAD_LETTERED.predecessors())
                .containsExactlyInAnyOrder(RECEIVED, VALIDATED, FORWARDED, ROUTING_EXCEPTION);
        assertThat(DEAD_LETTERED.canFollow(REJECTED)).isFalse();
        assertThat(DEAD_LETTERED.canFollow(ACKNOWLEDGED)).isFalse();
        assertThat(DEAD_LETTERED.canFollow(DEAD_LETTERED)).isFalse();
    }

    @Test
    void finalStatusesLeadNowhere() {
        for (TransmittalStatus finalStatus : EnumSet.of(REJECTED, ACKNOWLEDGED)) {
            assertThat(Arrays.stream(TransmittalStatus.values()).filter(s -> s.canFollow(finalStatus)))
                    .as("successors of %s", finalStatus).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TransmittalStatus.class)
    void noStatusFollowsItself(TransmittalStatus status) {
        assertThat(status.canFollow(status)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TransmittalStatus.class)
    void canFollowAgreesWithPredecessors(TransmittalStatus status) {
        for (TransmittalStatus previous : TransmittalStatus.values()) {
            assertThat(status.canFollow(previous)).isEqualTo(status.predecessors().contains(previous));
        }
    }

    @Test
    void theHappyPathIsAChainOfAllowedSteps() {
        TransmittalStatus[] path = {RECEIVED, VALIDATED, FORWARDED, ACKNOWLEDGED};
        for (int i = 1; i < path.length; i++) {
            assertThat(path[i].canFollow(path[i - 1])).as("%s after %s", path[i], path[i - 1]).isTrue();
        }
    }

    @Test
    void predecessorsCannotBeChangedByCallers() {
        RECEIVED.predecessors().add(ACKNOWLEDGED);

        assertThat(RECEIVED.canFollow(ACKNOWLEDGED)).isFalse();
    }
}
