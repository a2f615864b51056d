package org.csx.gateway.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private final DeadlineCalculator calculator = new DeadlineCalculator(CHICAGO, WorkingDayCalendar.federal());

    private static ZonedDateTime at(String isoLocal) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(isoLocal), CHICAGO);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void centralRegistryReviewIsTenWorkingDaysAfterReceipt() {
        assertThat(calculator.dueDate(DutyKind.CENTRAL_REGISTRY_REVIEW.rule(), at("2026-07-07T10:00")))
                .isEqualTo(d("2026-07-21"));
    }

    @Test
    void receiptOnAWeekendOrHolidayMakesTheNextWorkingDayTheFirstDayCounted() {
        LocalDate fromSaturday = calculator.dueDate(DutyKind.CENTRAL_REGISTRY_REVIEW.rule(), at("2026-07-04T09:00"));
        LocalDate fromObservedHoliday = calculator.dueDate(DutyKind.CENTRAL_REGISTRY_REVIEW.rule(), at("2026-07-03T09:00"));
        LocalDate fromMonday = calculator.dueDate(DutyKind.CENTRAL_REGISTRY_REVIEW.rule(), at("2026-07-06T09:00"));
        assertThat(fromSaturday).isEqualTo(d("2026-07-17"));
        assertThat(fromObservedHoliday).isEqualTo(d("2026-07-17"));
        assertThat(fromMonday).isEqualTo(d("2026-07-20"));
    }

    @Test
    void theTriggerIsReadInTheHomeStatesZone() {
        // 03:00 UTC on July 7 is still July 6 in Chicago.
        ZonedDateTime utc = ZonedDateTime.parse("2026-07-07T03:00:00Z");
        assertThat(calculator.dueDate(DutyKind.CENTRAL_REGISTRY_REVIEW.rule(), utc)).isEqualTo(d("2026-07-20"));
    }

    @Test
    void tenWorkingDaysAcrossTheYearEnd() {
        assertThat(calculator.dueDate(DutyKind.CENTRAL_REGISTRY_REVIEW.rule(), at("2026-12-23T16:59")))
                .isEqualTo(d("2027-01-08"));
    }

    @Test
    void statusInquiryIsFiveWorkingDaysAndSkipsThanksgiving() {
        assertThat(calculator.dueDate(DutyKind.STATUS_INQUIRY.rule(), at("2026-11-25T08:00")))
                .isEqualTo(d("2026-12-03"));
    }

    @Test
    void calendarDayClocksCountEveryDay() {
        assertThat(calculator.dueDate(DueDateRule.calendarDays(75), at("2026-01-02T12:00")))
                .isEqualTo(d("2026-03-18"));
        // No roll for the 303.7 filing clock: the due date may be a Saturday.
        assertThat(calculator.dueDate(DueDateRule.calendarDays(30), at("2026-06-04T12:00"))).isEqualTo(d("2026-07-04"));
    }

    @Test
    void registrationContestWindowRollsOffAWeekendAndHoliday() {
        // 20 days after June 14 is Saturday July 4; Friday July 3 is the observed holiday; next working day Monday.
        assertThat(calculator.dueDate(DutyKind.REGISTRATION_CONTEST.rule(), at("2026-06-14T12:00")))
                .isEqualTo(d("2026-07-06"));
        assertThat(calculator.dueDate(DutyKind.REGISTRATION_CONTEST.rule(), at("2026-06-10T12:00")))
                .isEqualTo(d("2026-06-30"));
    }

    @Test
    void convention30And60DayContestWindowsAcrossALeapDay() {
        assertThat(calculator.dueDate(DutyKind.CONVENTION_REGISTRATION_CONTEST.rule(), at("2028-02-01T12:00")))
                .isEqualTo(d("2028-03-02"));
        // Feb 1 + 60 = Apr 1 2028, a Saturday: rolls to Monday Apr 3.
        assertThat(calculator.dueDate(DutyKind.CONVENTION_REGISTRATION_CONTEST_ABROAD.rule(), at("2028-02-01T12:00")))
                .isEqualTo(d("2028-04-03"));
    }

    @Test
    void businessDayClocksUseTheBusinessDayCalendar() {
        WorkingDayCalendar offices = WorkingDayCalendar.builder()
                .fixedHoliday("State holiday", MonthDay.of(3, 3), false)
                .build();
        DeadlineCalculator split = new DeadlineCalculator(CHICAGO, WorkingDayCalendar.federal(), offices);
        // Mon Mar 2 2026: Mar 3 is closed on the business calendar only.
        assertThat(split.dueDate(DueDateRule.businessDays(5), at("2026-03-02T12:00"))).isEqualTo(d("2026-03-10"));
        assertThat(split.dueDate(DutyKind.STATUS_INQUIRY.rule(), at("2026-03-02T12:00"))).isEqualTo(d("2026-03-09"));
    }

    @Test
    void everyKindHasARuleACitationAndABasis() {
        for (DutyKind kind : DutyKind.values()) {
            assertThat(kind.rule() != null || kind.onDue() == DutyKind.OnDue.REMIND).as(kind.name()).isTrue();
            assertThat(kind.citation()).isNotBlank();
            assertThat(kind.basis()).containsPattern("\\[[VMI]]");
        }
        assertThat(DutyKind.CENTRAL_REGISTRY_REVIEW.rule()).isEqualTo(DueDateRule.workingDays(10));
        assertThat(DutyKind.STATUS_INQUIRY.rule()).isEqualTo(DueDateRule.workingDays(5));
        assertThat(DutyKind.REGISTRATION_CONTEST.rule()).isEqualTo(DueDateRule.calendarDaysRollingToWorkingDay(20));
    }
}
