package org.csx.gateway.deadlines;

import java.util.Objects;

/**
 * How far a due date lies from its trigger. {@code rollsToWorkingDay} only matters for calendar-day clocks: a due
 * date that falls on a weekend or holiday moves to the next working day, as court rules usually do for filing
 * periods [M: state rules of civil procedure; not in UIFSA itself].
 */
public record DueDateRule(int amount, ClockType clock, boolean rollsToWorkingDay) {

    public DueDateRule {
        Objects.requireNonNull(clock, "clock");
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    public static DueDateRule workingDays(int amount) {
        return new DueDateRule(amount, ClockType.WORKING_DAYS, false);
    }

    public static DueDateRule businessDays(int amount) {
        return new DueDateRule(amount, ClockType.BUSINESS_DAYS, false);
    }

    public static DueDateRule calendarDays(int amount) {
        return new DueDateRule(amount, ClockType.CALENDAR_DAYS, false);
    }

    public static DueDateRule calendarDaysRollingToWorkingDay(int amount) {
        return new DueDateRule(amount, ClockType.CALENDAR_DAYS, true);
    }
}
