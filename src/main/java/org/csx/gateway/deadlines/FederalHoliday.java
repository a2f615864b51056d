package org.csx.gateway.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The eleven legal public holidays of 5 U.S.C. 6103(a), by today's rules. Years before a rule's first year give no
 * holiday; older variants (Veterans Day on the 4th Monday of October 1971-1977, pre-1971 fixed dates) are not modelled,
 * as the gateway only computes current deadlines.
 */
enum FederalHoliday implements HolidayRule {
    NEW_YEARS_DAY("New Year's Day", 0, y -> LocalDate.of(y, Month.JANUARY, 1)),
    MARTIN_LUTHER_KING_JR_DAY("Birthday of Martin Luther King, Jr.", 1986, y -> nth(y, Month.JANUARY, 3, DayOfWeek.MONDAY)),
    WASHINGTONS_BIRTHDAY("Washington's Birthday", 0, y -> nth(y, Month.FEBRUARY, 3, DayOfWeek.MONDAY)),
    MEMORIAL_DAY("Memorial Day", 0,
            y -> LocalDate.of(y, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))),
    JUNETEENTH("Juneteenth National Independence Day", 2021, y -> LocalDate.of(y, Month.JUNE, 19)),
    INDEPENDENCE_DAY("Independence Day", 0, y -> LocalDate.of(y, Month.JULY, 4)),
    LABOR_DAY("Labor Day", 0, y -> nth(y, Month.SEPTEMBER, 1, DayOfWeek.MONDAY)),
    COLUMBUS_DAY("Columbus Day", 0, y -> nth(y, Month.OCTOBER, 2, DayOfWeek.MONDAY)),
    VETERANS_DAY("Veterans Day", 0, y -> LocalDate.of(y, Month.NOVEMBER, 11)),
    THANKSGIVING_DAY("Thanksgiving Day", 0, y -> nth(y, Month.NOVEMBER, 4, DayOfWeek.THURSDAY)),
    CHRISTMAS_DAY("Christmas Day", 0, y -> LocalDate.of(y, Month.DECEMBER, 25));

    private final String displayName;
    private final int firstYear;
    private final IntFunction<LocalDate> dateInYear;

    FederalHoliday(String displayName, int firstYear, IntFunction<LocalDate> dateInYear) {
        this.displayName = displayName;
        this.firstYear = firstYear;
        this.dateInYear = dateInYear;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Optional<Holiday> holidayIn(int year) {
        if (year < firstYear) {
            return Optional.empty();
        }
        // Fixed-date holidays move off weekends; the Monday/Thursday ones never fall on one.
        return Optional.of(Holiday.observedFederally(displayName, dateInYear.apply(year)));
    }

    private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek day) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
    }
}
