package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SenderIdentityRuleTest {
    private final SenderIdentityRule rule = new SenderIdentityRule();

    private List<Violation> check(TransmittalType t) {
        List<Violation> violations = new ArrayList<>();
        rule.check(t, violations);
        return violations;
    }

    @ParameterizedTest
    @EnumSource(value = SenderKind.class, names = {"STATE_IV_D_AGENCY", "TRIBUNAL", "TRIBAL_IV_D_PROGRAM"})
    void locatorCodeIsNeeded(SenderKind kind) {
        TransmittalType t = Examples.header("LO1", "R", null);
        t.getHeader().getSender().setKind(kind);
        assertThat(check(t)).isEmpty();

        t.getHeader().getSender().setLocatorCode(null);
        assertThat(check(t)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("SENDER_IDENTITY_INCOMPLETE");
            assertThat(v.path()).isEqualTo("Transmittal/Header/Sender/LocatorCode");
        });
    }

    @Test
    void foreignCentralAuthorityNeedsACountryCode() {
        TransmittalType t = Examples.header("ENF", "R", "ERREG");
        t.getHeader().getSender().setKind(SenderKind.FOREIGN_CENTRAL_AUTHORITY);
        t.getHeader().getSender().setLocatorCode(null);
        assertThat(check(t)).extracting(Violation::path).containsExactly("Transmittal/Header/Sender/CountryCode");

        t.getHeader().getSender().setCountryCode("NO");
        assertThat(check(t)).isEmpty();
    }

    @Test
    void missingSenderIsLeftToTheSchema() {
        TransmittalType t = Examples.header("LO1", "R", null);
        t.getHeader().setSender(null);
        assertThat(check(t)).isEmpty();
        assertThat(check(new TransmittalType())).isEmpty();
    }
}
