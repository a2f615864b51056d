package org.csx.gateway.console;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.csx.gateway.deadlines.ComplianceFigures;
import org.csx.gateway.registration.RegistrationWorklist;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dashboard's last twelve months. The current month is counted on every request (a range of the clocks' index);
 * the eleven months before it (every clock of the year: about a second of aggregation at 100,000 cases) are counted
 * in the background every {@code csx.console.compliance-refresh} (default 5 minutes) and when the month turns, so
 * no page waits for them. A past month's figures can change only as late clocks stop, and are at most that old.
 */
@Component
class ComplianceReports {

    static final int MONTHS = 12;

    private record PastMonths(YearMonth current, Instant countedAt, List<ComplianceFigures.MonthlyFigures> duties,
                              List<RegistrationWorklist.MonthlyFigures> registrations) {
    }

    private final ComplianceFigures figures;
    private final RegistrationWorklist registrations;
    private final Clock clock;
    private final ZoneId zone;
    private volatile PastMonths past;

    ComplianceReports(ComplianceFigures figures, RegistrationWorklist registrations, Clock clock) {
        this.figures = figures;
        this.registrations = registrations;
        this.clock = clock;
        this.zone = ZoneId.of(figures.zone());
    }

    YearMonth currentMonth() {
        return YearMonth.now(clock.withZone(zone));
    }

    /** The last twelve months up to the current one (in the duties' zone). */
    ComplianceReport lastTwelveMonths() {
        YearMonth current = currentMonth();
        PastMonths counted = past;
        if (counted == null || !counted.current().equals(current)) {
            counted = countPastMonths(current);
        }
        List<ComplianceFigures.MonthlyFigures> duties = new ArrayList<>(counted.duties());
        List<RegistrationWorklist.MonthlyFigures> steps = new ArrayList<>(counted.registrations());
        OffsetDateTime from = start(current);
        OffsetDateTime to = start(current.plusMonths(1));
        duties.addAll(figures.monthly(from, to));
        steps.addAll(registrations.monthly(figures.zone(), from, to));
        return ComplianceReport.of(duties, steps);
    }

    /** When the months before the current one were counted. */
    Instant pastMonthsCountedAt() {
        PastMonths counted = past;
        return counted == null ? null : counted.countedAt();
    }

    @Scheduled(initialDelayString = "${csx.console.compliance-refresh:5m}",
            fixedDelayString = "${csx.console.compliance-refresh:5m}")
    void refresh() {
        countPastMonths(currentMonth());
    }

    private PastMonths countPastMonths(YearMonth current) {
        Instant now = clock.instant();
        OffsetDateTime from = start(current.minusMonths(MONTHS - 1L));
        OffsetDateTime to = start(current);
        PastMonths counted = new PastMonths(current, now, figures.monthly(from, to),
                registrations.monthly(figures.zone(), from, to));
        past = counted;
        return counted;
    }

    private OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
    }
}
