package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.CaseType;
import org.csx.gateway.contract.transmittal.OrderType;
import org.csx.gateway.contract.transmittal.SenderKind;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;

class LocatorCodeRuleTest {
    private final LocatorCodeRule rule = new LocatorCodeRule(FipsCountyTable.loadDefault());

    private List<Violation> check(LocatorCodeRule r, TransmittalType t) {
        List<Violation> violations = new ArrayList<>();
        r.check(t, violations);
        return violations;
    }

    @Test
    void existingCountiesAndStateLevelOfficesPass() {
        TransmittalType t = Examples.header("LO1", "R", null);
        t.getHeader().setReceiverLocatorCode("3600000");
        assertThat(check(rule, t)).isEmpty();
    }

    @Test
    void unknownCountyAndStateAreReportedPerCode() {
        TransmittalType t = Examples.header("ENF", "R", "ERRES");
        t.getHeader().setReceiverLocatorCode("3699900");
        t.getHeader().getSender().setLocatorCode("9900000");
        CaseType c = new CaseType();
        c.setPaymentLocatorCode("06000AB");
        t.setCase(c);
        t.getOrder().add(order("0603700"));
        t.getOrder().add(order("0699901"));

        List<Violation> violations = check(rule, t);

        assertThat(violations).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("LOCATOR_COUNTY_UNKNOWN", "Transmittal/Header/ReceiverLocatorCode"),
                org.assertj.core.groups.Tuple.tuple("LOCATOR_STATE_UNKNOWN", "Transmittal/Header/Sender/LocatorCode"),
                org.assertj.core.groups.Tuple.tuple("LOCATOR_COUNTY_UNKNOWN", "Transmittal/Order[2]/OrderLocatorCode"));
        assertThat(violations.get(0).message()).contains("999", "NY");
    }

    @Test
    void malformedCodeIsReported() {
        TransmittalType t = Examples.header("LO1", "R", null);
        t.getHeader().setReceiverLocatorCode("36-001");
        assertThat(check(rule, t)).extracting(Violation::code).containsExactly("LOCATOR_CODE_MALFORMED");
    }

    @Test
    void tribalProgramLocatorIsNotAStateFipsCode() {
        TransmittalType t = Examples.header("LO1", "R", null);
        t.getHeader().getSender().setKind(SenderKind.TRIBAL_IV_D_PROGRAM);
        t.getHeader().getSender().setLocatorCode("9912300");
        assertThat(check(rule, t)).isEmpty();
    }

    @Test
    void withAClockOnlyCountiesInForceTodayCount() {
        String csv = """
                state,statefp,countyfp,countyname,classfp,effective_from,effective_to
                CT,09,001,Fairfield County,H4,,2022-06-05
                CT,09,110,Capitol Planning Region,H1,2022-06-06,
                NY,36,001,Albany County,H1,,
                CA,06,037,Los Angeles County,H1,,
                """;
        FipsCountyTable dated = FipsCountyTable.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        LocatorCodeRule datedRule = new LocatorCodeRule(dated, Examples.CLOCK);
        TransmittalType t = Examples.header("ENF", "R", "ERRES");
        t.getOrder().add(order("0900100"));
        t.getOrder().add(order("0911000"));

        assertThat(check(datedRule, t)).extracting(Violation::path)
                .containsExactly("Transmittal/Order[1]/OrderLocatorCode");
    }

    @Test
    void missingBlocksDoNotThrow() {
        assertThat(check(rule, new TransmittalType())).isEmpty();
    }

    private static OrderType order(String locator) {
        OrderType o = new OrderType();
        o.setOrderId("ORD-1");
        o.setOrderLocatorCode(locator);
        return o;
    }
}
