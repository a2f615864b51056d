package org.csx.gateway.registration;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Last day to request a hearing contesting a registration. Pure.
 * <p>Counting: calendar days; the day of notice is not counted, so "20 days after notice" on
 * 3 March ends on 23 March. Whether a window ending on a Saturday or Sunday rolls to Monday, whether
 * court holidays roll it too, and whether mailing adds days, are state procedural law [M]; the weekend
 * roll is offered as an option, off by default, and holidays are left to a later calendar-aware step.
 */
public final class ContestDeadline {

    /** How the last day is settled when it falls on a weekend. */
    public enum WeekendRule {
        /** Pure calendar days: a Saturday or Sunday deadline stays where it falls. Default. */
        CALENDAR_DAYS,
        /** A Saturday or Sunday deadline moves to the following Monday (state law [M]). */
        ROLL_FORWARD_PAST_WEEKEND
    }

    /** The answer: the last day a timely contest can be made, and the rule that set it. */
    public record Result(LocalDate lastDayToContest, ContestRule rule, boolean rolledPastWeekend) {
        public Result {
            Objects.requireNonNull(lastDayToContest, "lastDayToContest");
            Objects.requireNonNull(rule, "rule");
        }

        /** True once {@code asOf} is after the last day: §606 confirmation by operation of law may follow. */
        public boolean hasPassed(LocalDate asOf) {
            return asOf.isAfter(lastDayToContest);
        }
    }

    private ContestDeadline() {
    }

    public static Result compute(LocalDate noticeDate, boolean conventionOrder, boolean contestingPartyLivesOutsideUs) {
        return compute(noticeDate, conventionOrder, contestingPartyLivesOutsideUs, WeekendRule.CALENDAR_DAYS);
    }

    /**
     * @param conventionOrder               the order is a Convention support order (Article 7); other
     *                                      foreign orders register under Article 6 with 20 days
     * @param contestingPartyLivesOutsideUs only matters for Convention orders (§707: 60 instead of 30 days)
     */
    public static Result compute(LocalDate noticeDate, boolean conventionOrder, boolean contestingPartyLivesOutsideUs,
                                 WeekendRule weekendRule) {
        Objects.requireNonNull(noticeDate, "noticeDate");
        Objects.requireNonNull(weekendRule, "weekendRule");
        ContestRule rule = ruleFor(conventionOrder, contestingPartyLivesOutsideUs);
        LocalDate last = noticeDate.plusDays(rule.days());
        boolean rolled = false;
        if (weekendRule == WeekendRule.ROLL_FORWARD_PAST_WEEKEND) {
            while (last.getDayOfWeek() == DayOfWeek.SATURDAY || last.getDayOfWeek() == DayOfWeek.SUNDAY) {
                last = last.plusDays(1);
                rolled = true;
            }
        }
        return new Result(last, rule, rolled);
    }

    public static ContestRule ruleFor(boolean conventionOrder, boolean contestingPartyLivesOutsideUs) {
        if (!conventionOrder) {
            return ContestRule.UIFSA_605_TWENTY_DAYS;
        }
        return contestingPartyLivesOutsideUs ? ContestRule.CONVENTION_707_SIXTY_DAYS : ContestRule.CONVENTION_707_THIRTY_DAYS;
    }
}
