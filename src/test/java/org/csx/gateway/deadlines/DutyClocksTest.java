package org.csx.gateway.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DutyClocksTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final WorkingDayCalendar calendar = WorkingDayCalendar.federal();
    private final DutyClocks clocks = new DutyClocks(new DeadlineCalculator(NEW_YORK, calendar), calendar, NEW_YORK, 10, 2);

    @Test
    void aCaseReceivedTheWeekOfThanksgivingIsDueTenWorkingDaysLaterAndEscalatedTwoBefore() {
        // Monday 23 November 2026, 10:00 in New York; Thanksgiving is Thursday 26 November.
        DutyClocks.Schedule s = clocks.schedule(DutyKind.CENTRAL_REGISTRY_REVIEW, Instant.parse("2026-11-23T15:00:00Z"));

        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(s.escalateOn()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(s.remindOn()).isNull();
    }

    @Test
    void aStatusInquiryReceivedLateFridayEveningUtcCountsFromItsNewYorkDate() {
        // 02:00 UTC Saturday is still Friday 20 November in New York.
        DutyClocks.Schedule s = clocks.schedule(DutyKind.STATUS_INQUIRY, Instant.parse("2026-11-21T02:00:00Z"));

        assertThat(s.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void outstandingDocumentsAreRemindedAfterTheConfiguredWorkingDays() {
        DutyClocks.Schedule s = clocks.schedule(DutyKind.DOCUMENTS_OUTSTANDING, Instant.parse("2026-12-21T15:00:00Z"));

        // Christmas (Friday 25 December) and New Year's Day (Friday 1 January) are not counted.
        assertThat(s.remindOn()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(s.dueDate()).isEqualTo(s.remindOn());
        assertThat(s.escalateOn()).isNull();
    }
}
