package org.csx.gateway.console;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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

    private final ComplianceReports reports;
    private final ConsoleTimes times;

    ComplianceController(ComplianceReports reports, ConsoleTimes times) {
        this.reports = reports;
        this.times = times;
    }

    @GetMapping("/compliance")
    String dashboard(@RequestParam(required = false) String month, Model model) {
        YearMonth current = reports.currentMonth();
        YearMonth chosen = parse(month, current);
        ComplianceReport report = reports.lastTwelveMonths();
        model.addAttribute("month", chosen.toString());
        model.addAttribute("months", report.monthlyTotals());
        model.addAttribute("partners", report.month(chosen.toString()));
        model.addAttribute("chart", report.chartSvg());
        java.time.Instant counted = reports.pastMonthsCountedAt();
        model.addAttribute("pastMonthsCountedAt", counted == null ? null : times.format(counted, "yyyy-MM-dd HH:mm"));
        return "console/compliance";
    }

    @GetMapping("/compliance.csv")
    ResponseEntity<String> csv() {
        YearMonth current = reports.currentMonth();
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"compliance-" + current + ".csv\"")
                .body(reports.lastTwelveMonths().csv());
    }

    private static YearMonth parse(String month, YearMonth fallback) {
        try {
            return month == null || month.isBlank() ? fallback : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
