package org.csx.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.contract.transmittal.ArrearsPeriodType;
import org.csx.gateway.contract.transmittal.CollectionType;
import org.csx.gateway.contract.transmittal.EmployerType;
import org.csx.gateway.contract.transmittal.LocatedAddressType;
import org.csx.gateway.contract.transmittal.NcpIdentificationType;
import org.csx.gateway.contract.transmittal.NcpLocateType;
import org.csx.gateway.contract.transmittal.OrderType;
import org.csx.gateway.contract.transmittal.ParticipantType;
import org.csx.gateway.contract.transmittal.TransmittalType;
import org.junit.jupiter.api.Test;

class DateSanityRuleTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final DateSanityRule rule = new DateSanityRule(Examples.CLOCK);

    private List<Violation> check(TransmittalType t) {
        List<Violation> violations = new ArrayList<>();
        rule.check(t, violations);
        return violations;
    }

    @Test
    void transactionDatedTodayPassesAndTomorrowFails() {
        TransmittalType t = Examples.header("LO1", "R", null);
        t.getHeader().setTransactionDate(TODAY);
        assertThat(check(t)).isEmpty();

        t.getHeader().setTransactionDate(TODAY.plusDays(1));
        assertThat(check(t)).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("DATE_IN_FUTURE");
            assertThat(v.path()).isEqualTo("Transmittal/Header/TransactionDate");
        });
    }

    @Test
    void datesOfBirthMustBePastAndWithin120Years() {
        TransmittalType t = Examples.header("EST", "R", "SRORD");
        NcpIdentificationType ncp = new NcpIdentificationType();
        ncp.setDateOfBirth(TODAY.minusYears(120).minusDays(1));
        t.setNcpIdentification(ncp);
        ParticipantType cp = new ParticipantType();
        cp.setDateOfBirth(TODAY.minusYears(120));
        ParticipantType child = new ParticipantType();
        child.setDateOfBirth(TODAY.plusDays(30));
        t.getParticipant().add(cp);
        t.getParticipant().add(child);

        List<Violation> violations = check(t);

        assertThat(violations).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DATE_TOO_OLD", "Transmittal/NcpIdentification/DateOfBirth"),
                org.assertj.core.groups.Tuple.tuple("DATE_IN_FUTURE", "Transmittal/Participant[2]/DateOfBirth"));
        assertThat(violations).allSatisfy(v -> assertThat(v.message())
                .doesNotContain(ncp.getDateOfBirth().toString(), child.getDateOfBirth().toString(), "1906", "2026-12"));
    }

    @Test
    void effectiveDatesMustNotFollowEndDates() {
        TransmittalType t = Examples.header("ENF", "R", "ERRES");
        OrderType good = new OrderType();
        good.setEffectiveDate(LocalDate.of(2016, 7, 1));
        good.setEndDate(LocalDate.of(2016, 7, 1));
        OrderType bad = new OrderType();
        bad.setEffectiveDate(LocalDate.of(2020, 1, 1));
        bad.setEndDate(LocalDate.of(2019, 1, 1));
        ArrearsPeriodType tanf = new ArrearsPeriodType();
        tanf.setFromDate(LocalDate.of(2019, 1, 1));
        tanf.setThroughDate(LocalDate.of(2018, 1, 1));
        bad.setTanfArrears(tanf);
        ArrearsPeriodType medical = new ArrearsPeriodType();
        medical.setFromDate(LocalDate.of(2019, 1, 1));
        bad.setMedicalArrears(medical);
        t.getOrder().add(good);
        t.getOrder().add(bad);
        NcpLocateType locate = new NcpLocateType();
        LocatedAddressType residence = new LocatedAddressType();
        residence.setEffectiveDate(LocalDate.of(2024, 5, 1));
        residence.setEndDate(LocalDate.of(2024, 4, 30));
        locate.setResidentialAddress(residence);
        EmployerType first = new EmployerType();
        EmployerType second = new EmployerType();
        second.setEffectiveDate(LocalDate.of(2025, 2, 1));
        second.setEndDate(LocalDate.of(2025, 1, 1));
        locate.getEmployer().add(first);
        locate.getEmployer().add(second);
        t.setNcpLocate(locate);

        List<Violation> violations = check(t);

        assertThat(violations).extracting(Violation::code).containsOnly("DATE_RANGE_INVERTED");
        assertThat(violations).extracting(Violation::path).containsExactly(
                "Transmittal/NcpLocate/ResidentialAddress/EndDate",
                "Transmittal/NcpLocate/Employer[2]/EndDate",
                "Transmittal/Order[2]/EndDate",
                "Transmittal/Order[2]/TanfArrears/ThroughDate");
    }

    @Test
    void collectionDateMustNotBeAfterToday() {
        TransmittalType t = Examples.header("COL", "P", "CITAX");
        CollectionType past = new CollectionType();
        past.setCollectionDate(TODAY.minusDays(3));
        CollectionType future = new CollectionType();
        future.setCollectionDate(TODAY.plusDays(1));
        t.getCollection().add(past);
        t.getCollection().add(future);

        assertThat(check(t)).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DATE_IN_FUTURE", "Transmittal/Collection[2]/CollectionDate"));
    }

    @Test
    void emptyTransmittalDoesNotThrow() {
        assertThat(check(new TransmittalType())).isEmpty();
        TransmittalType t = new TransmittalType();
        t.getParticipant().add(null);
        t.getOrder().add(new OrderType());
        t.setNcpLocate(new NcpLocateType());
        assertThat(check(t)).isEmpty();
    }
}
