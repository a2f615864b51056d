package org.csx.gateway.console;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.csx.gateway.deadlines.ComplianceFigures;
import org.csx.gateway.registration.RegistrationWorklist;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The compliance dashboard: the last twelve months by month, one month by partner, charts and CSV export. */
@Controller
class ComplianceController {

    static final int MONTHS = 12;

    private final ComplianceFigures figures;
    private final RegistrationWorklist registrations;
    private final Clock clock;
    private final ZoneId zone;

    ComplianceController(ComplianceFigures figures, RegistrationWorklist registrations, Clock clock) {
        this.figures = figures;
        this.registrations = registrations;
        this.clock = clock;
        this.zone = ZoneId.of(figures.zone());
    }

    @GetMapping("/compliance")
    String dashboard(@RequestParam(required = false) String month, Model model) {
        YearMonth current = YearMonth.now(clock.withZone(zone));
        YearMonth chosen = parse(month, current);
        ComplianceReport report = report(current);
        model.addAttribute("month", chosen.toString());
        model.addAttribute("months", report.monthlyTotals());
        model.addAttribute("partners", report.month(chosen.toString()));
        model.addAttribute("chart", report.chartSvg());
        return "console/compliance";
    }

    @GetMapping("/compliance.csv")
    ResponseEntity<String> csv() {
        YearMonth current = YearMonth.now(clock.withZone(zone));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"compliance-" + current + ".csv\"")
                .body(report(current).csv());
    }

    private ComplianceReport report(YearMonth current) {
        OffsetDateTime from = current.minusMonths(MONTHS - 1L).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = current.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        return ComplianceReport.of(figures.monthly(from, to), registrations.monthly(figures.zone(), from, to));
    }

    private static YearMonth parse(String month, YearMonth fallback) {
        try {
            return month == null || month.isBlank() ? fallback : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
