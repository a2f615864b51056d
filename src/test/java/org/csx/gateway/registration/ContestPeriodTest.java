package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.csx.gateway.deadlines.DeadlineCalculator;
import org.csx.gateway.deadlines.DutyClocks;
import org.csx.gateway.deadlines.DutyKind;
import org.csx.gateway.deadlines.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The contest period on the duty table's one rule set: calendar days rolling off weekends and holidays. */
class ContestPeriodTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.federal();
    private final DutyClocks clocks = new DutyClocks(new DeadlineCalculator(NEW_YORK, CALENDAR), CALENDAR, NEW_YORK, 10, 2);

    private ContestPeriod period(LocalDate notice, boolean convention, boolean abroad) {
        DutyKind kind = ContestPeriod.kindFor(convention, abroad);
        return new ContestPeriod(kind, clocks.dueDate(kind, notice));
    }

    @Test
    void article6OrderGetsTwentyDaysAfterNotice() {
        ContestPeriod p = period(LocalDate.of(2025, 3, 4), false, false);
        assertThat(p.lastDayToContest()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(p.kind()).isEqualTo(DutyKind.REGISTRATION_CONTEST);
        assertThat(p.days()).isEqualTo(20);
        assertThat(p.section()).contains("605");
    }

    @Test
    void nonConventionForeignOrderKeepsTwentyDaysEvenForPartyAbroad() {
        assertThat(period(LocalDate.of(2025, 3, 4), false, true).kind()).isEqualTo(DutyKind.REGISTRATION_CONTEST);
    }

    @Test
    void conventionOrderGetsThirtyDaysAndSixtyForAPartyOutsideTheUnitedStates() {
        // Monday 3 March 2025 + 30 = Wednesday 2 April; + 60 = Friday 2 May.
        ContestPeriod thirty = period(LocalDate.of(2025, 3, 3), true, false);
        assertThat(thirty.lastDayToContest()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(thirty.kind()).isEqualTo(DutyKind.CONVENTION_REGISTRATION_CONTEST);
        ContestPeriod sixty = period(LocalDate.of(2025, 3, 3), true, true);
        assertThat(sixty.lastDayToContest()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(sixty.section()).contains("707");
    }

    @Test
    void theContestDeadlineOverAHolidayWeekendMovesToTheNextWorkingDay() {
        // 14 June 2026 + 20 = Saturday 4 July; Friday 3 July is the observed Independence Day; Sunday; so Monday 6 July.
        assertThat(period(LocalDate.of(2026, 6, 14), false, false).lastDayToContest()).isEqualTo(LocalDate.of(2026, 7, 6));
        // 5 May 2026 + 20 = Monday 25 May, Memorial Day: Tuesday 26 May.
        assertThat(period(LocalDate.of(2026, 5, 5), false, false).lastDayToContest()).isEqualTo(LocalDate.of(2026, 5, 26));
        // A plain weekend: Sunday 2 March 2025 + 20 = Saturday 22 March: Monday 24 March.
        assertThat(period(LocalDate.of(2025, 3, 2), false, false).lastDayToContest()).isEqualTo(LocalDate.of(2025, 3, 24));
    }

    @Test
    void countsAcrossMonthAndLeapDay() {
        assertThat(period(LocalDate.of(2024, 2, 20), false, false).lastDayToContest()).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void hasPassedOnlyAfterTheLastDay() {
        ContestPeriod p = period(LocalDate.of(2025, 3, 4), false, false);
        assertThat(p.hasPassed(LocalDate.of(2025, 3, 24))).isFalse();
        assertThat(p.hasPassed(LocalDate.of(2025, 3, 25))).isTrue();
    }
}
