package org.csx.gateway.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Due dates for the gateway's duties from their trigger time, on the home state's working-day calendar: the due
 * date of a federal timeframe, the day escalation starts (a margin of working days before it is due) and the day
 * a sender is reminded of outstanding documents.
 */
public class DutyClocks {

    private final DeadlineCalculator calculator;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final int reminderAfterWorkingDays;
    private final int escalateWorkingDaysBefore;

    public DutyClocks(DeadlineCalculator calculator, WorkingDayCalendar calendar, ZoneId zone,
                      int reminderAfterWorkingDays, int escalateWorkingDaysBefore) {
        this.calculator = Objects.requireNonNull(calculator);
        this.calendar = Objects.requireNonNull(calendar);
        this.zone = Objects.requireNonNull(zone);
        this.reminderAfterWorkingDays = reminderAfterWorkingDays;
        this.escalateWorkingDaysBefore = escalateWorkingDaysBefore;
    }

    public record Schedule(LocalDate dueDate, LocalDate escalateOn, LocalDate remindOn) {
    }

    public Schedule schedule(DutyKind kind, Instant trigger) {
        ZonedDateTime at = trigger.atZone(zone);
        return switch (kind.onDue()) {
            case ESCALATE -> {
                LocalDate due = calculator.dueDate(kind.rule(), at);
                LocalDate escalate = escalateWorkingDaysBefore <= 0 ? due : calendar.addWorkingDays(due, -escalateWorkingDaysBefore);
                yield new Schedule(due, escalate, null);
            }
            case REMIND -> {
                LocalDate remind = calendar.addWorkingDays(at.toLocalDate(), reminderAfterWorkingDays);
                yield new Schedule(remind, null, remind);
            }
            case EXPIRE, REMIND_WHEN_OVERDUE -> new Schedule(calculator.dueDate(kind.rule(), at), null, null);
        };
    }

    /** The due date of a clock started on a date (a notice date, a filing date) in the home state. */
    public LocalDate dueDate(DutyKind kind, LocalDate triggerDate) {
        return schedule(kind, instantOf(triggerDate)).dueDate();
    }

    /** The start of a date in the home state's zone: the trigger of a clock started by a dated event. */
    public Instant instantOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The date of an instant in the home state's zone ("today" for the jobs). */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
