package org.csx.gateway.deadlines;

import org.csx.gateway.outbox.Outbox;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.csx.gateway.config.CsxProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The home state's working-day calendar, the duty clocks and the escalation job. */
@Configuration(proxyBeanMethods = false)
class DeadlinesConfiguration {

    /**
     * Federal holidays, plus New York's own when the home state is New York (FIPS 36): Lincoln's Birthday
     * (February 12) and Election Day (the Tuesday after the first Monday in November) [M: NY General Construction
     * Law §24]. Another home state adds its holidays here.
     */
    @Bean
    WorkingDayCalendar workingDayCalendar(CsxProperties properties) {
        WorkingDayCalendar.Builder builder = WorkingDayCalendar.builder();
        if ("36".equals(properties.getHomeState())) {
            builder.fixedHoliday("Lincoln's Birthday", MonthDay.of(2, 12), true)
                    .holiday(year -> {
                        LocalDate firstMonday = LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
                        return Optional.of(Holiday.on("Election Day", firstMonday.plusDays(1)));
                    });
        }
        return builder.build();
    }

    @Bean
    DutyClocks dutyClocks(WorkingDayCalendar calendar, DutyProperties properties) {
        ZoneId zone = ZoneId.of(properties.getZone());
        return new DutyClocks(new DeadlineCalculator(zone, calendar), calendar, zone,
                properties.getReminderAfterWorkingDays(), properties.getEscalateWorkingDaysBefore());
    }

    @Bean
    DutyRepository dutyRepository(JdbcTemplate jdbc, DutyClocks clocks) {
        return new DutyRepository(jdbc, clocks);
    }

    @Bean
    DutyJobs dutyJobs(DutyRepository duties, DutyClocks clocks, Outbox outbox,
                      PlatformTransactionManager transactionManager, DutyProperties properties,
                      java.util.List<DutyExpiry> expiries, Clock clock) {
        return new DutyJobs(duties, clocks, outbox, transactionManager, properties.getOverdueQueue(), expiries, clock);
    }
}
