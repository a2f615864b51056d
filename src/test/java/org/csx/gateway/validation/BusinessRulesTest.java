package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.csx.gateway.contract.transmittal.HeaderType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessRulesTest {
    private static BusinessRules rules;

    @BeforeAll
    static void setUp() {
        rules = new BusinessRules(FarCodeTable.loadDefault(), FipsCountyTable.loadDefault(), Examples.HOME_STATE,
                Examples.CLOCK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo1-request.xml", "est-request.xml", "enf-request.xml", "unroutable-request.xml"})
    void validExamplesHaveNoViolations(String example) {
        assertThat(rules.check(Examples.transmittal(example))).isEmpty();
    }

    @Test
    void invalidExampleReportsEveryBrokenRule() {
        List<Violation> violations = rules.check(Examples.transmittal("invalid-request.xml"));

        assertThat(violations).extracting(Violation::code, Violation::path).containsExactlyInAnyOrder(
                tuple("FAR_COMBINATION_INVALID", "Transmittal/Header/ActionReason"),
                tuple("LOCATOR_COUNTY_UNKNOWN", "Transmittal/Header/ReceiverLocatorCode"),
                tuple("DATE_IN_FUTURE", "Transmittal/Header/TransactionDate"),
                tuple("SSN_INVALID", "Transmittal/NcpIdentification/Ssn"),
                tuple("BLOCK_REQUIRED", "Transmittal/NcpLocate"),
                tuple("BLOCK_REQUIRED", "Transmittal/Participant"),
                tuple("BLOCK_REQUIRED", "Transmittal/Order"));
        assertThat(violations).allSatisfy(v -> assertThat(v.message())
                .doesNotContain("666123456", "INVALID", "TEST").isNotBlank());
    }

    @Test
    void receiverOutsideTheHomeStateIsReportedWithOtherViolations() {
        TransmittalType t = Examples.transmittal("lo1-request.xml");
        t.getHeader().setReceiverLocatorCode("0600000");
        t.getHeader().setSenderCaseId("0000");

        assertThat(rules.check(t)).extracting(Violation::code)
                .containsExactlyInAnyOrder("RECEIVER_NOT_HOME_STATE", "CASE_ID_INVALID");
    }

    @Test
    void transmittalWithOnlyAnEmptyHeaderDoesNotThrow() {
        TransmittalType t = new TransmittalType();
        assertThat(rules.check(t)).isEmpty();
        t.setHeader(new HeaderType());
        assertThat(rules.check(t)).isEmpty();
    }

    @Test
    void nullTransmittalIsAViolationNotAnException() {
        assertThat(rules.check(null)).extracting(Violation::code).containsExactly("TRANSMITTAL_MISSING");
    }

    @Test
    void runsEveryRule() {
        assertThat(rules.rules()).extracting(r -> r.getClass().getSimpleName()).containsExactly(
                "FarCombinationRule", "ExchangeAgreementRule", "SenderIdentityRule", "LocatorCodeRule", "HomeStateRule", "CaseIdRule",
                "RequiredBlocksRule", "DateSanityRule", "SsnRule");
    }
}
