package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csx.gateway.registration.RegistrationStatus.*;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegistrationLifecycleTest {

    @Test
    void allowsExactlyTheDocumentedMoves() {
        assertThat(RegistrationLifecycle.allowedFrom(RECEIVED)).containsExactlyInAnyOrder(AWAITING_DOCUMENTS, SENT_TO_TRIBUNAL, WITHDRAWN);
        assertThat(RegistrationLifecycle.allowedFrom(AWAITING_DOCUMENTS)).containsExactlyInAnyOrder(SENT_TO_TRIBUNAL, WITHDRAWN);
        assertThat(RegistrationLifecycle.allowedFrom(SENT_TO_TRIBUNAL)).containsExactlyInAnyOrder(FILED, WITHDRAWN);
        assertThat(RegistrationLifecycle.allowedFrom(FILED)).containsExactlyInAnyOrder(NOTICE_SENT, WITHDRAWN);
        assertThat(RegistrationLifecycle.allowedFrom(NOTICE_SENT)).containsExactlyInAnyOrder(CONTEST_PERIOD, WITHDRAWN);
        assertThat(RegistrationLifecycle.allowedFrom(CONTEST_PERIOD)).containsExactlyInAnyOrder(CONFIRMED, CONTESTED, WITHDRAWN);
        assertThat(RegistrationLifecycle.allowedFrom(CONTESTED)).containsExactlyInAnyOrder(CONFIRMED, VACATED, WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = {"CONFIRMED", "VACATED", "WITHDRAWN"})
    void finalStatesAllowNothing(RegistrationStatus status) {
        assertThat(status.isFinal()).isTrue();
        assertThat(RegistrationLifecycle.allowedFrom(status)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = {"CONFIRMED", "VACATED", "WITHDRAWN"}, mode = EnumSource.Mode.EXCLUDE)
    void everyNonFinalStateMayBeWithdrawn(RegistrationStatus status) {
        assertThat(status.isFinal()).isFalse();
        assertThat(RegistrationLifecycle.isAllowed(status, WITHDRAWN)).isTrue();
    }

    @Test
    void refusalNamesCurrentAskedAndAllowed() {
        assertThatThrownBy(() -> RegistrationLifecycle.requireAllowed(RECEIVED, CONFIRMED))
                .isInstanceOfSatisfying(RegistrationTransitionRefused.class, e -> {
                    assertThat(e.current()).isEqualTo(RECEIVED);
                    assertThat(e.asked()).isEqualTo(CONFIRMED);
                    assertThat(e.allowed()).isEqualTo(EnumSet.of(AWAITING_DOCUMENTS, SENT_TO_TRIBUNAL, WITHDRAWN));
                })
                .hasMessageContaining("from RECEIVED to CONFIRMED")
                .hasMessageContaining("AWAITING_DOCUMENTS")
                .hasMessageContaining("SENT_TO_TRIBUNAL");
    }

    @Test
    void refusalFromFinalStateSaysSo() {
        assertThatThrownBy(() -> RegistrationLifecycle.requireAllowed(VACATED, WITHDRAWN))
                .isInstanceOf(RegistrationTransitionRefused.class)
                .hasMessageContaining("final state");
    }

    @Test
    void refusedMoveLeavesStateUnchanged() {
        RegistrationState received = RegistrationState.received();
        assertThatThrownBy(() -> received.moveTo(NOTICE_SENT)).isInstanceOf(RegistrationTransitionRefused.class);
        assertThat(received.status()).isEqualTo(RECEIVED);
        assertThat(received.docketNumber()).isEmpty();
    }

    @Test
    void filingNeedsDocketNumber() {
        RegistrationState sent = RegistrationState.received().moveTo(SENT_TO_TRIBUNAL);
        assertThatThrownBy(() -> sent.moveTo(FILED)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("docket");
        assertThatThrownBy(() -> sent.filed(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(sent.filed(" 24-DR-0042 ").docketNumber()).contains("24-DR-0042");
    }

    @Test
    void filingOutOfOrderIsRefusedNotIllegalArgument() {
        assertThatThrownBy(() -> RegistrationState.received().filed("24-DR-0042"))
                .isInstanceOf(RegistrationTransitionRefused.class);
        assertThatThrownBy(() -> RegistrationState.received().moveTo(FILED))
                .isInstanceOf(RegistrationTransitionRefused.class);
    }
}
