package org.csx.gateway.deadlines;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Due dates from a trigger timestamp (receipt of a case, a status request, a notice).
 *
 * <p>The trigger is converted to the home state's zone and only its date is used: a CSENet batch received at
 * 01:30 counts as received that day. The trigger day itself is never counted. For working- and business-day clocks
 * a trigger on a weekend or holiday makes the next working day the <em>first day counted</em> (so a case received on
 * Saturday is due one working day earlier than one received on Monday). This is the stricter of the two readings
 * of "counts from the next working day", chosen so the registry never shows a case as on time when an auditor
 * counting from the day of receipt would not.
 */
public final class DeadlineCalculator {

    private final ZoneId homeZone;
    private final WorkingDayCalendar workingDays;
    private final WorkingDayCalendar businessDays;

    /**
     * @param workingDays  the state's office calendar (303.7 working days)
     * @param businessDays days state offices are open for regular business (§466(a)(14)); usually the same calendar
     */
    public DeadlineCalculator(ZoneId homeZone, WorkingDayCalendar workingDays, WorkingDayCalendar businessDays) {
        this.homeZone = Objects.requireNonNull(homeZone, "homeZone");
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        this.businessDays = Objects.requireNonNull(businessDays, "businessDays");
    }

    /** One calendar for both working and business days. */
    public DeadlineCalculator(ZoneId homeZone, WorkingDayCalendar calendar) {
        this(homeZone, calendar, calendar);
    }

    public LocalDate dueDate(DueDateRule rule, ZonedDateTime trigger) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(trigger, "trigger");
        return dueDate(rule, trigger.withZoneSameInstant(homeZone).toLocalDate());
    }

    /** The due date for a rule from a trigger date already in the home state's zone. */
    public LocalDate dueDate(DueDateRule rule, LocalDate triggerDate) {
        return switch (rule.clock()) {
            case WORKING_DAYS -> workingDays.addWorkingDays(triggerDate, rule.amount());
            case BUSINESS_DAYS -> businessDays.addWorkingDays(triggerDate, rule.amount());
            case CALENDAR_DAYS -> {
                LocalDate due = triggerDate.plusDays(rule.amount());
                yield rule.rollsToWorkingDay() ? workingDays.workingDayOnOrAfter(due) : due;
            }
        };
    }
}
