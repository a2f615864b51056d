package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.csx.gateway.registration.ContestDeadline.WeekendRule;
import org.junit.jupiter.api.Test;

class ContestDeadlineTest {

    private static final LocalDate MONDAY_3_MARCH = LocalDate.of(2025, 3, 3);

    @Test
    void article6OrderGetsTwentyDaysAfterNotice() {
        ContestDeadline.Result r = ContestDeadline.compute(MONDAY_3_MARCH, false, false);
        assertThat(r.lastDayToContest()).isEqualTo(LocalDate.of(2025, 3, 23));
        assertThat(r.rule()).isEqualTo(ContestRule.UIFSA_605_TWENTY_DAYS);
        assertThat(r.rule().section()).contains("605");
    }

    @Test
    void nonConventionForeignOrderKeepsTwentyDaysEvenForPartyAbroad() {
        assertThat(ContestDeadline.compute(MONDAY_3_MARCH, false, true).rule()).isEqualTo(ContestRule.UIFSA_605_TWENTY_DAYS);
    }

    @Test
    void conventionOrderGetsThirtyDays() {
        ContestDeadline.Result r = ContestDeadline.compute(MONDAY_3_MARCH, true, false);
        assertThat(r.lastDayToContest()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(r.rule()).isEqualTo(ContestRule.CONVENTION_707_THIRTY_DAYS);
    }

    @Test
    void conventionOrderGetsSixtyDaysForPartyOutsideUs() {
        ContestDeadline.Result r = ContestDeadline.compute(MONDAY_3_MARCH, true, true);
        assertThat(r.lastDayToContest()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(r.rule()).isEqualTo(ContestRule.CONVENTION_707_SIXTY_DAYS);
        assertThat(r.rule().section()).contains("707");
    }

    @Test
    void countsAcrossMonthAndLeapDay() {
        assertThat(ContestDeadline.compute(LocalDate.of(2024, 2, 20), false, false).lastDayToContest())
                .isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void weekendDeadlineStaysByDefault() {
        // 2025-03-02 (Sunday) + 20 = 2025-03-22, a Saturday
        ContestDeadline.Result r = ContestDeadline.compute(LocalDate.of(2025, 3, 2), false, false);
        assertThat(r.lastDayToContest()).isEqualTo(LocalDate.of(2025, 3, 22));
        assertThat(r.rolledPastWeekend()).isFalse();
    }

    @Test
    void weekendDeadlineRollsToMondayWhenAsked() {
        ContestDeadline.Result sat = ContestDeadline.compute(LocalDate.of(2025, 3, 2), false, false, WeekendRule.ROLL_FORWARD_PAST_WEEKEND);
        assertThat(sat.lastDayToContest()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(sat.rolledPastWeekend()).isTrue();
        // 2025-03-03 + 20 = Sunday 23 March -> Monday 24 March
        assertThat(ContestDeadline.compute(MONDAY_3_MARCH, false, false, WeekendRule.ROLL_FORWARD_PAST_WEEKEND).lastDayToContest())
                .isEqualTo(LocalDate.of(2025, 3, 24));
        // 2025-03-04 + 20 = Monday 24 March: unchanged
        ContestDeadline.Result weekday = ContestDeadline.compute(LocalDate.of(2025, 3, 4), false, false, WeekendRule.ROLL_FORWARD_PAST_WEEKEND);
        assertThat(weekday.lastDayToContest()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(weekday.rolledPastWeekend()).isFalse();
    }

    @Test
    void hasPassedOnlyAfterTheLastDay() {
        ContestDeadline.Result r = ContestDeadline.compute(MONDAY_3_MARCH, false, false);
        assertThat(r.hasPassed(LocalDate.of(2025, 3, 23))).isFalse();
        assertThat(r.hasPassed(LocalDate.of(2025, 3, 24))).isTrue();
    }
}
