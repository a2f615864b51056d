package org.csx.gateway.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar federal = WorkingDayCalendar.federal();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class ObservedDates {

        @Test
        void independenceDayOnSaturdayIsObservedTheFridayBefore() {
            assertThat(d("2026-07-04").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(federal.isWorkingDay(d("2026-07-03"))).isFalse();
            assertThat(federal.isHoliday(d("2026-07-03"))).isTrue();
            assertThat(federal.isHoliday(d("2026-07-04"))).isFalse();
            assertThat(federal.holidaysIn(2026))
                    .contains(new Holiday("Independence Day", d("2026-07-04"), d("2026-07-03")));
        }

        @Test
        void christmasOnSundayIsObservedTheMondayAfter() {
            assertThat(federal.isWorkingDay(d("2022-12-26"))).isFalse();
            assertThat(federal.isWorkingDay(d("2022-12-27"))).isTrue();
            assertThat(federal.holidaysIn(2022))
                    .contains(new Holiday("Christmas Day", d("2022-12-25"), d("2022-12-26")));
        }

        @Test
        void newYearsDay2022OnSaturdayIsObservedOnFriday31December2021() {
            assertThat(federal.isWorkingDay(d("2021-12-31"))).isFalse();
            assertThat(federal.holidaysIn(2021))
                    .contains(new Holiday("New Year's Day", d("2022-01-01"), d("2021-12-31")));
            assertThat(federal.holidaysIn(2022)).extracting(Holiday::name).doesNotContain("New Year's Day");
            // 2021 keeps its own New Year's Day too, and Christmas 2021 (Saturday) on Friday 24 December.
            assertThat(federal.holidaysIn(2021)).hasSize(12);
            assertThat(federal.holidaysIn(2022)).hasSize(10);
            assertThat(federal.isWorkingDay(d("2021-12-24"))).isFalse();
        }

        @ParameterizedTest(name = "{0} observed on {1}")
        @CsvSource({
                "2027-12-25, 2027-12-24",  // Christmas on Saturday
                "2023-11-11, 2023-11-10",  // Veterans Day on Saturday
                "2017-01-01, 2017-01-02",  // New Year's Day on Sunday
                "2022-06-19, 2022-06-20",  // Juneteenth on Sunday
                "2027-06-19, 2027-06-18",  // Juneteenth on Saturday
        })
        void fixedDateHolidaysMoveOffWeekends(LocalDate date, LocalDate observed) {
            assertThat(federal.isWorkingDay(observed)).isFalse();
            assertThat(federal.holidaysIn(observed.getYear()))
                    .anySatisfy(h -> {
                        assertThat(h.date()).isEqualTo(date);
                        assertThat(h.observed()).isEqualTo(observed);
                    });
        }
    }

    @Nested
    class RuleBasedHolidays {

        @Test
        void allElevenFederalHolidaysOf2026InOrder() {
            assertThat(federal.holidaysIn(2026)).extracting(Holiday::observed).containsExactly(
                    d("2026-01-01"), d("2026-01-19"), d("2026-02-16"), d("2026-05-25"), d("2026-06-19"),
                    d("2026-07-03"), d("2026-09-07"), d("2026-10-12"), d("2026-11-11"), d("2026-11-26"),
                    d("2026-12-25"));
        }

        @Test
        void thanksgivingIsTheFourthThursdayOfNovember() {
            assertThat(federal.isWorkingDay(d("2026-11-26"))).isFalse();
            assertThat(federal.isWorkingDay(d("2026-11-27"))).isTrue();
            // November 2029 has five Thursdays: the 1st is a Thursday, Thanksgiving is the 22nd, not the 29th.
            assertThat(federal.isWorkingDay(d("2029-11-22"))).isFalse();
            assertThat(federal.isWorkingDay(d("2029-11-29"))).isTrue();
        }

        @Test
        void martinLutherKingDayIsTheThirdMondayOfJanuaryFrom1986() {
            assertThat(federal.isWorkingDay(d("2026-01-19"))).isFalse();
            assertThat(federal.isWorkingDay(d("2026-01-12"))).isTrue();
            assertThat(federal.isWorkingDay(d("2027-01-18"))).isFalse();
            assertThat(federal.holidaysIn(1985)).extracting(Holiday::name)
                    .doesNotContain("Birthday of Martin Luther King, Jr.");
        }

        @Test
        void juneteenthIsAHolidayFrom2021Only() {
            assertThat(d("2020-06-19").getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(federal.isWorkingDay(d("2020-06-19"))).isTrue();
            assertThat(federal.isWorkingDay(d("2021-06-18"))).isFalse(); // June 19 2021 was a Saturday
            assertThat(federal.isWorkingDay(d("2026-06-19"))).isFalse();
        }

        @Test
        void memorialDayIsTheLastMondayOfMayAndLaborDayTheFirstOfSeptember() {
            assertThat(federal.isWorkingDay(d("2027-05-31"))).isFalse(); // May 2027 has five Mondays
            assertThat(federal.isWorkingDay(d("2027-05-24"))).isTrue();
            assertThat(federal.isWorkingDay(d("2027-09-06"))).isFalse();
        }
    }

    @Nested
    class Counting {

        @Test
        void tenWorkingDaysAcrossTheYearEnd() {
            // Dec 25 (Fri) and Jan 1 (Fri) are holidays; Dec 24 and Dec 31 are working days federally.
            assertThat(federal.addWorkingDays(d("2026-12-23"), 10)).isEqualTo(d("2027-01-08"));
            assertThat(federal.addWorkingDays(d("2027-01-08"), -10)).isEqualTo(d("2026-12-23"));
        }

        @Test
        void leapYearFebruary29IsAnOrdinaryWorkingDay() {
            assertThat(federal.addWorkingDays(d("2028-02-28"), 1)).isEqualTo(d("2028-02-29"));
            assertThat(federal.addWorkingDays(d("2028-02-28"), 2)).isEqualTo(d("2028-03-01"));
            assertThat(federal.addWorkingDays(d("2028-02-28"), 5)).isEqualTo(d("2028-03-06"));
            assertThat(federal.addWorkingDays(d("2027-02-26"), 1)).isEqualTo(d("2027-03-01"));
            assertThat(federal.workingDaysBetween(d("2028-02-27"), d("2028-03-05"))).isEqualTo(5);
        }

        @Test
        void addingZeroDaysReturnsTheStartEvenOnAWeekend() {
            assertThat(federal.addWorkingDays(d("2026-07-08"), 0)).isEqualTo(d("2026-07-08"));
            assertThat(federal.addWorkingDays(d("2026-07-04"), 0)).isEqualTo(d("2026-07-04"));
        }

        @Test
        void theStartIsNeverCountedSoAWeekendStartCountsFromMonday() {
            assertThat(federal.addWorkingDays(d("2026-07-04"), 1)).isEqualTo(d("2026-07-06"));
            assertThat(federal.addWorkingDays(d("2026-07-02"), 1)).isEqualTo(d("2026-07-06"));
        }

        @Test
        void countsBetweenDatesExcludeTheFirstAndIncludeTheLast() {
            // Jul 2, then Jul 3 holiday, weekend, Jul 6-10
            assertThat(federal.workingDaysBetween(d("2026-07-01"), d("2026-07-10"))).isEqualTo(6);
            assertThat(federal.workingDaysBetween(d("2026-07-10"), d("2026-07-01"))).isEqualTo(-6);
            assertThat(federal.workingDaysBetween(d("2026-07-01"), d("2026-07-01"))).isZero();
            assertThat(federal.workingDaysBetween(d("2026-07-03"), d("2026-07-05"))).isZero();
            assertThat(federal.workingDaysBetween(d("2026-01-01"), d("2026-12-31"))).isEqualTo(250);
        }

        @Test
        void countingBackTheDaysAddedGivesTheSameNumber() {
            for (LocalDate start = d("2026-12-15"); start.isBefore(d("2027-01-10")); start = start.plusDays(1)) {
                for (int n = 0; n <= 30; n++) {
                    assertThat(federal.workingDaysBetween(start, federal.addWorkingDays(start, n)))
                            .as("%s + %d", start, n).isEqualTo(n);
                }
            }
        }

        @Test
        void workingDayOnOrAfter() {
            assertThat(federal.workingDayOnOrAfter(d("2026-07-03"))).isEqualTo(d("2026-07-06"));
            assertThat(federal.workingDayOnOrAfter(d("2026-07-06"))).isEqualTo(d("2026-07-06"));
        }
    }

    @Nested
    class StateHolidays {

        @Test
        void fixedStateHolidayWithTheObservedRule() {
            WorkingDayCalendar state = WorkingDayCalendar.builder()
                    .fixedHoliday("Lincoln's Birthday", MonthDay.of(Month.FEBRUARY, 12), true)
                    .build();
            assertThat(state.isWorkingDay(d("2026-02-12"))).isFalse();
            assertThat(state.isWorkingDay(d("2028-02-11"))).isFalse(); // Feb 12 2028 is a Saturday
            assertThat(federal.isWorkingDay(d("2026-02-12"))).isTrue();
            assertThat(state.holidaysIn(2026)).hasSize(12);
        }

        @Test
        void fixedStateHolidayWithoutTheObservedRuleGivesNoDayForAWeekendDate() {
            WorkingDayCalendar state = WorkingDayCalendar.builder()
                    .fixedHoliday("Cesar Chavez Day", MonthDay.of(Month.MARCH, 31), false)
                    .build();
            assertThat(state.isWorkingDay(d("2026-03-31"))).isFalse();
            assertThat(d("2029-03-31").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(state.isWorkingDay(d("2029-03-30"))).isTrue();
            assertThat(state.isWorkingDay(d("2029-04-02"))).isTrue();
        }

        @Test
        void oneOffClosureMovesTheYearEndDeadline() {
            WorkingDayCalendar state = WorkingDayCalendar.builder()
                    .holidayOn("Governor's proclamation", d("2026-12-24"))
                    .build();
            assertThat(state.addWorkingDays(d("2026-12-23"), 10)).isEqualTo(d("2027-01-11"));
            assertThat(state.isWorkingDay(d("2025-12-24"))).isTrue(); // only the proclaimed year
        }

        @Test
        void ruleBasedStateHolidayLikeTheDayAfterThanksgiving() {
            WorkingDayCalendar state = WorkingDayCalendar.builder()
                    .holiday(year -> Optional.of(Holiday.on("Day after Thanksgiving",
                            LocalDate.of(year, Month.NOVEMBER, 1)
                                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)).plusDays(1))))
                    .build();
            assertThat(state.isWorkingDay(d("2026-11-27"))).isFalse();
            assertThat(state.addWorkingDays(d("2026-11-25"), 1)).isEqualTo(d("2026-11-30"));
        }

        @Test
        void aStateThatDoesNotCloseForAFederalHolidayLeavesItOut() {
            WorkingDayCalendar state = WorkingDayCalendar.builder()
                    .withoutFederal(FederalHoliday.COLUMBUS_DAY)
                    .build();
            assertThat(state.isWorkingDay(d("2026-10-12"))).isTrue();
            assertThat(federal.isWorkingDay(d("2026-10-12"))).isFalse();
        }

        @Test
        void aStateHolidayOnDecember31ObservedOnTheFollowingMondayCrossesTheYear() {
            WorkingDayCalendar state = WorkingDayCalendar.builder()
                    .fixedHoliday("New Year's Eve", MonthDay.of(Month.DECEMBER, 31), true)
                    .build();
            // Dec 31 2028 is a Sunday: observed Monday Jan 1 2029, which is New Year's Day anyway.
            assertThat(state.holidaysIn(2029)).filteredOn(h -> h.observed().equals(d("2029-01-01"))).hasSize(2);
            assertThat(state.holidaysIn(2028)).extracting(Holiday::name).doesNotContain("New Year's Eve");
        }
    }

    @Test
    void concurrentUseGivesTheSameHolidaysAsSequentialUse() {
        WorkingDayCalendar shared = WorkingDayCalendar.federal();
        Map<Integer, List<Holiday>> parallel = IntStream.range(1990, 2100).parallel().boxed()
                .collect(Collectors.toConcurrentMap(Function.identity(), shared::holidaysIn));
        WorkingDayCalendar fresh = WorkingDayCalendar.federal();
        IntStream.range(1990, 2100).forEach(y -> assertThat(parallel.get(y)).isEqualTo(fresh.holidaysIn(y)));
    }
}
