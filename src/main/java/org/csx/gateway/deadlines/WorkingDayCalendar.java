package org.csx.gateway.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Days the state's offices work: Monday to Friday except observed holidays. "Working days" in 45 CFR 303.7 exclude
 * weekends and state holidays [M: domain brief §4]; the federal holidays are the default because most states keep
 * them, and a state that does not (Columbus Day, Veterans Day in some states) leaves them out with
 * {@link Builder#withoutFederal}.
 *
 * <p>Immutable and thread-safe: the rules are fixed at build time and each year's holidays are computed once into
 * a concurrent cache.
 */
public final class WorkingDayCalendar {

    private static final Comparator<Holiday> BY_OBSERVED_DATE =
            Comparator.comparing(Holiday::observed).thenComparing(Holiday::name);

    private final List<HolidayRule> rules;
    private final Map<Integer, YearHolidays> cache = new ConcurrentHashMap<>();

    private WorkingDayCalendar(List<HolidayRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** All eleven federal holidays with the federal observed rule, and no state holidays. */
    public static WorkingDayCalendar federal() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && !isHoliday(date);
    }

    /** True when an observed holiday falls on this date (whatever the day of the week). */
    public boolean isHoliday(LocalDate date) {
        return year(date.getYear()).observedDates().contains(date);
    }

    /**
     * The date {@code days} working days after {@code start}; {@code start} itself is never counted, so a start on a
     * weekend or holiday makes the next working day the first one counted. Negative {@code days} count backwards.
     * Zero returns {@code start} unchanged.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        int step = days < 0 ? -1 : 1;
        LocalDate date = start;
        for (int remaining = Math.abs(days); remaining > 0; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /**
     * Working days in ({@code from}, {@code to}]: {@code from} excluded, {@code to} included, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}. Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** {@code date} if it is a working day, else the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : addWorkingDays(date, 1);
    }

    /**
     * The holidays whose observed date falls in {@code year}, in date order. New Year's Day 2022 (a Saturday) is
     * therefore listed in 2021, observed on Friday 31 December 2021, and not in 2022.
     */
    public List<Holiday> holidaysIn(int year) {
        return year(year).holidays();
    }

    private YearHolidays year(int year) {
        return cache.computeIfAbsent(year, this::compute);
    }

    private YearHolidays compute(int year) {
        List<Holiday> holidays = new ArrayList<>();
        // A holiday's observed date can cross a year end (Jan 1 on Saturday, Dec 31 on Sunday), so look either side.
        for (int y = year - 1; y <= year + 1; y++) {
            for (HolidayRule rule : rules) {
                rule.holidayIn(y).filter(h -> h.observed().getYear() == year).ifPresent(holidays::add);
            }
        }
        holidays.sort(BY_OBSERVED_DATE);
        return new YearHolidays(List.copyOf(holidays),
                Set.copyOf(holidays.stream().map(Holiday::observed).toList()));
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private record YearHolidays(List<Holiday> holidays, Set<LocalDate> observedDates) {
    }

    /** Not thread-safe; build once at start-up. */
    public static final class Builder {
        private final EnumSet<FederalHoliday> federal = EnumSet.allOf(FederalHoliday.class);
        private final List<HolidayRule> stateRules = new ArrayList<>();

        private Builder() {
        }

        /** Leaves out a federal holiday the state's offices do not close for. */
        public Builder withoutFederal(FederalHoliday holiday) {
            federal.remove(holiday);
            return this;
        }

        /**
         * A state holiday on the same month and day every year. With {@code observedRule} it moves off weekends like
         * a federal holiday; without, a weekend date simply gives no extra day off. February 29 only exists in leap years.
         */
        public Builder fixedHoliday(String name, MonthDay monthDay, boolean observedRule) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(monthDay, "monthDay");
            stateRules.add(year -> monthDay.isValidYear(year)
                    ? Optional.of(observedRule
                            ? Holiday.observedFederally(name, monthDay.atYear(year))
                            : Holiday.on(name, monthDay.atYear(year)))
                    : Optional.empty());
            return this;
        }

        /** A one-off closure on an exact date (a governor's proclamation, a day after Thanksgiving in one year). */
        public Builder holidayOn(String name, LocalDate date) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(date, "date");
            Holiday holiday = Holiday.on(name, date);
            stateRules.add(year -> year == date.getYear() ? Optional.of(holiday) : Optional.empty());
            return this;
        }

        /** Any other rule, for example a state's "day after Thanksgiving" or "3rd Monday of April". */
        public Builder holiday(HolidayRule rule) {
            stateRules.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        public WorkingDayCalendar build() {
            List<HolidayRule> all = new ArrayList<>(federal);
            all.addAll(stateRules);
            return new WorkingDayCalendar(all);
        }
    }
}
