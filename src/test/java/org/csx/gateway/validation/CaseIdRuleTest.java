package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.InformationType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseIdRuleTest {
    private final CaseIdRule rule = new CaseIdRule();

    private List<Violation> check(TransmittalType t) {
        List<Violation> violations = new ArrayList<>();
        rule.check(t, violations);
        return violations;
    }

    @ParameterizedTest
    @ValueSource(strings = {" ABC", "000000", "0 0 0", "   ", "AB*12", "AB\\12"})
    void badCaseIdsBreakTheCsenetRules(String caseId) {
        TransmittalType t = Examples.header("ENF", "R", "ERRES");
        t.getHeader().setSenderCaseId(caseId);
        assertThat(check(t)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("CASE_ID_INVALID");
            assertThat(v.path()).isEqualTo("Transmittal/Header/SenderCaseId");
            if (!caseId.isBlank()) {
                assertThat(v.message()).doesNotContain(caseId);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"CA-LA-0000123", "0001", "A 0", "100"})
    void wellFormedCaseIdsPass(String caseId) {
        TransmittalType t = Examples.header("ENF", "R", "ERRES");
        t.getHeader().setSenderCaseId(caseId);
        assertThat(check(t)).isEmpty();
    }

    @Test
    void receiverAndNewCaseIdsFollowTheSameRules() {
        TransmittalType t = Examples.header("MSC", "P", "GSCAS");
        t.getHeader().setReceiverCaseId("00000");
        InformationType info = new InformationType();
        info.setNewCaseId("NY*1");
        t.setInformation(info);
        assertThat(check(t)).extracting(Violation::path)
                .containsExactly("Transmittal/Header/ReceiverCaseId", "Transmittal/Information/NewCaseId");
    }

    @Test
    void senderCaseIdIsRequiredInARequest() {
        TransmittalType t = Examples.header("ENF", "R", "ERRES");
        t.getHeader().setSenderCaseId(null);
        assertThat(check(t)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("CASE_ID_REQUIRED");
            assertThat(v.path()).isEqualTo("Transmittal/Header/SenderCaseId");
        });
    }

    @ParameterizedTest
    @CsvSource({"LO1,P,LSADR", "ENF,A,AADIN", "LO1,A,"})
    void senderCaseIdIsOptionalInLo1ResponsesAndAcknowledgments(String f, String a, String r) {
        TransmittalType t = Examples.header(f, a, r);
        t.getHeader().setSenderCaseId(null);
        t.getHeader().setReceiverCaseId("CA-LA-0000123");
        assertThat(check(t)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ENF,P,ESREG", "PAT,A,", "CSI,R,FRINF"})
    void receiverCaseIdIsRequiredInResponsesAcknowledgmentsAndCsi(String f, String a, String r) {
        TransmittalType t = Examples.header(f, a, r);
        assertThat(check(t)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("CASE_ID_REQUIRED");
            assertThat(v.path()).isEqualTo("Transmittal/Header/ReceiverCaseId");
        });
    }

    @Test
    void newCaseIdIsRequiredForCaseIdChangeNotice() {
        TransmittalType t = Examples.header("MSC", "P", "GSCAS");
        t.getHeader().setReceiverCaseId("CA-LA-0000123");
        t.setInformation(new InformationType());
        assertThat(check(t)).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CASE_ID_REQUIRED",
                        "Transmittal/Information/NewCaseId"));
    }

    @Test
    void emptyTransmittalDoesNotThrow() {
        assertThat(check(new TransmittalType())).isEmpty();
    }
}
