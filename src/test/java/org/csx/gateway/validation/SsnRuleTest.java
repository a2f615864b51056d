package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.NcpIdentificationType;
import org.csx.gateway.contract.transmittal.ParticipantType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SsnRuleTest {
    private final SsnRule rule = new SsnRule();

    private List<Violation> check(TransmittalType t) {
        List<Violation> violations = new ArrayList<>();
        rule.check(t, violations);
        return violations;
    }

    private static TransmittalType withNcpSsn(String ssn) {
        TransmittalType t = Examples.header("LO1", "R", null);
        NcpIdentificationType ncp = new NcpIdentificationType();
        ncp.setSsn(ssn);
        t.setNcpIdentification(ncp);
        return t;
    }

    @ParameterizedTest
    @ValueSource(strings = {"000123456", "666123456", "900123456", "999123456", "555001234", "555120000",
            "55512345", "55512345X"})
    void unissuableSsnsAreRefusedWithoutEchoingThem(String ssn) {
        assertThat(check(withNcpSsn(ssn))).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("SSN_INVALID");
            assertThat(v.path()).isEqualTo("Transmittal/NcpIdentification/Ssn");
            assertThat(v.message()).doesNotContain(ssn);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"555123456", "001010001", "899999999", "665123456", "667010001"})
    void issuableSsnsPass(String ssn) {
        assertThat(check(withNcpSsn(ssn))).isEmpty();
    }

    @Test
    void messagesNameThePartThatIsWrong() {
        assertThat(check(withNcpSsn("666123456")).get(0).message()).contains("area number");
        assertThat(check(withNcpSsn("555001234")).get(0).message()).contains("group number");
        assertThat(check(withNcpSsn("555120000")).get(0).message()).contains("serial number");
    }

    @Test
    void everySsnFieldIsCheckedWithItsOwnPath() {
        TransmittalType t = withNcpSsn("555123456");
        t.getNcpIdentification().getAliasSsn().add("555123457");
        t.getNcpIdentification().getAliasSsn().add("000123457");
        ParticipantType cp = new ParticipantType();
        cp.setSsn("555123458");
        ParticipantType child = new ParticipantType();
        child.setSsn("987654321");
        ParticipantType noSsn = new ParticipantType();
        t.getParticipant().add(cp);
        t.getParticipant().add(child);
        t.getParticipant().add(noSsn);

        assertThat(check(t)).extracting(Violation::path).containsExactly(
                "Transmittal/NcpIdentification/AliasSsn[2]", "Transmittal/Participant[2]/Ssn");
    }

    @Test
    void emptyTransmittalDoesNotThrow() {
        assertThat(check(new TransmittalType())).isEmpty();
        assertThat(check(withNcpSsn(null))).isEmpty();
    }
}
