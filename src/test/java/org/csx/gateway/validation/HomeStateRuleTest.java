package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;

class HomeStateRuleTest {
    private final HomeStateRule rule = new HomeStateRule("36");

    private List<Violation> check(TransmittalType t) {
        List<Violation> violations = new ArrayList<>();
        rule.check(t, violations);
        return violations;
    }

    @Test
    void receiverInTheHomeStatePasses() {
        assertThat(check(Examples.header("LO1", "R", null))).isEmpty();
    }

    @Test
    void receiverInAnotherStateIsRefused() {
        TransmittalType t = Examples.header("LO1", "R", null);
        t.getHeader().setReceiverLocatorCode("3400100");
        assertThat(check(t)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("RECEIVER_NOT_HOME_STATE");
            assertThat(v.path()).isEqualTo("Transmittal/Header/ReceiverLocatorCode");
            assertThat(v.message()).contains("34", "36");
        });
    }

    @Test
    void missingReceiverIsLeftToTheSchema() {
        assertThat(check(new TransmittalType())).isEmpty();
    }

    @Test
    void homeStateMustBeTwoDigits() {
        assertThatThrownBy(() -> new HomeStateRule("NY")).isInstanceOf(IllegalArgumentException.class);
    }
}
