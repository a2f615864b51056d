package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.csx.gateway.registration.NoticeElement.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeOfRegistrationContentTest {

    private static final LocalDate REGISTERED = LocalDate.of(2025, 3, 3);
    private static final LocalDate AS_OF = LocalDate.of(2025, 2, 28);
    private static final RegisteredOrderSummary OH = new RegisteredOrderSummary("OH-2019-77", "Franklin County Court of Common Pleas", "Ohio", LocalDate.of(2019, 6, 1));
    private static final RegisteredOrderSummary TX = new RegisteredOrderSummary("TX-2011-12", "Travis County District Court", "Texas", LocalDate.of(2011, 1, 5));

    private static NoticeFacts single(boolean convention, boolean abroad) {
        return new NoticeFacts(REGISTERED, Optional.of("24-DR-0042"), List.of(OH), new BigDecimal("1234.5"), AS_OF,
                Optional.empty(), Optional.empty(), convention, contest(REGISTERED, convention, abroad));
    }

    private static NoticeFacts several() {
        return new NoticeFacts(REGISTERED, Optional.empty(), List.of(TX, OH), new BigDecimal("5000"), AS_OF,
                Optional.of("OH-2019-77"), Optional.of(new BigDecimal("7250.10")), false, contest(REGISTERED, false, false));
    }

    @Test
    void singleOrderNoticeCarriesTheFourSection605bElements() {
        NoticeOfRegistration n = NoticeOfRegistrationContent.build(single(false, false));
        assertThat(n.elements()).containsExactly(REGISTERED_ORDERS, ENFORCEABLE_FROM_REGISTRATION, CONTEST_PERIOD, FAILURE_TO_CONTEST, ALLEGED_ARREARS);
        assertThat(n.text(REGISTERED_ORDERS)).get().asString().contains("OH-2019-77").contains("24-DR-0042").contains("March 3, 2025");
        assertThat(n.text(ENFORCEABLE_FROM_REGISTRATION)).get().asString().contains("enforceable as of the date of registration, March 3, 2025");
        assertThat(n.text(CONTEST_PERIOD)).get().asString().contains("within 20 days").contains("no later than March 24, 2025").contains("§605(b)(2)");
        assertThat(n.text(FAILURE_TO_CONTEST)).get().asString().contains("confirmation").contains("alleged arrears").contains("precludes further contest");
        assertThat(n.text(ALLEGED_ARREARS)).get().asString().contains("$1,234.50").contains("February 28, 2025");
    }

    @Test
    void severalOrdersNoticeAddsSection605cElements() {
        NoticeOfRegistration n = NoticeOfRegistrationContent.build(several());
        assertThat(n.elements()).containsExactly(REGISTERED_ORDERS, ENFORCEABLE_FROM_REGISTRATION, CONTEST_PERIOD, FAILURE_TO_CONTEST,
                ALLEGED_ARREARS, ALLEGED_CONTROLLING_ORDER, CONSOLIDATED_ARREARS, RIGHT_TO_DETERMINATION_OF_CONTROLLING_ORDER,
                FAILURE_MAY_CONFIRM_CONTROLLING_ORDER);
        assertThat(n.text(REGISTERED_ORDERS)).get().asString().contains("2 support orders").contains("(1) TX-2011-12").contains("(2) OH-2019-77");
        assertThat(n.text(ALLEGED_CONTROLLING_ORDER)).get().asString().contains("OH-2019-77").doesNotContain("TX-2011-12");
        assertThat(n.text(CONSOLIDATED_ARREARS)).get().asString().contains("$7,250.10");
        assertThat(n.text(RIGHT_TO_DETERMINATION_OF_CONTROLLING_ORDER)).get().asString().contains("right to a determination");
        assertThat(n.text(FAILURE_MAY_CONFIRM_CONTROLLING_ORDER)).get().asString().contains("may result in confirmation");
    }

    @Test
    void conventionNoticeUsesThirtyDaysUnder707() {
        NoticeOfRegistration n = NoticeOfRegistrationContent.build(single(true, false));
        assertThat(n.text(REGISTERED_ORDERS)).get().asString().contains("as a Convention support order");
        assertThat(n.text(CONTEST_PERIOD)).get().asString().contains("within 30 days").contains("April 2, 2025").contains("§707(b)");
        assertThat(n.elements()).contains(ENFORCEABLE_FROM_REGISTRATION, FAILURE_TO_CONTEST, ALLEGED_ARREARS);
    }

    @Test
    void conventionNoticeUsesSixtyDaysForPartyAbroad() {
        NoticeOfRegistration n = NoticeOfRegistrationContent.build(single(true, true));
        assertThat(n.text(CONTEST_PERIOD)).get().asString().contains("within 60 days").contains("outside the United States").contains("May 2, 2025");
    }

    @Test
    void severalOrdersNeedControllingOrderAndConsolidatedArrears() {
        ContestPeriod d = contest(REGISTERED, false, false);
        assertThatThrownBy(() -> new NoticeFacts(REGISTERED, Optional.empty(), List.of(TX, OH), BigDecimal.TEN, AS_OF,
                Optional.empty(), Optional.of(BigDecimal.TEN), false, d)).hasMessageContaining("alleged controlling order");
        assertThatThrownBy(() -> new NoticeFacts(REGISTERED, Optional.empty(), List.of(TX, OH), BigDecimal.TEN, AS_OF,
                Optional.of("XX-1"), Optional.of(BigDecimal.TEN), false, d)).hasMessageContaining("not among");
        assertThatThrownBy(() -> new NoticeFacts(REGISTERED, Optional.empty(), List.of(TX, OH), BigDecimal.TEN, AS_OF,
                Optional.of("OH-2019-77"), Optional.empty(), false, d)).hasMessageContaining("consolidated arrears");
    }

    @Test
    void contestRuleMustFitTheOrderKind() {
        assertThatThrownBy(() -> new NoticeFacts(REGISTERED, Optional.empty(), List.of(OH), BigDecimal.ZERO, AS_OF,
                Optional.empty(), Optional.empty(), true, contest(REGISTERED, false, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Convention");
    }

    @Test
    void negativeArrearsAndNoOrdersAreRejected() {
        ContestPeriod d = contest(REGISTERED, false, false);
        assertThatThrownBy(() -> new NoticeFacts(REGISTERED, Optional.empty(), List.of(OH), new BigDecimal("-1"), AS_OF,
                Optional.empty(), Optional.empty(), false, d)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeFacts(REGISTERED, Optional.empty(), List.of(), BigDecimal.ZERO, AS_OF,
                Optional.empty(), Optional.empty(), false, d)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The contest period as the gateway computes it: the duty table's clock, federal holidays. */
    static ContestPeriod contest(LocalDate notice, boolean convention, boolean abroad) {
        java.time.ZoneId zone = java.time.ZoneId.of("America/New_York");
        org.csx.gateway.deadlines.WorkingDayCalendar calendar = org.csx.gateway.deadlines.WorkingDayCalendar.federal();
        org.csx.gateway.deadlines.DutyClocks clocks = new org.csx.gateway.deadlines.DutyClocks(
                new org.csx.gateway.deadlines.DeadlineCalculator(zone, calendar), calendar, zone, 10, 2);
        org.csx.gateway.deadlines.DutyKind kind = ContestPeriod.kindFor(convention, abroad);
        return new ContestPeriod(kind, clocks.dueDate(kind, notice));
    }
}
