package org.csx.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.csx.gateway.deadlines.ComplianceFigures;
import org.csx.gateway.registration.RegistrationWorklist;
import org.junit.jupiter.api.Test;

class ComplianceReportTest {

    private final ComplianceReport report = ComplianceReport.of(
            List.of(new ComplianceFigures.MonthlyFigures("2026-11", "ca-dcss", 4, 3, 2, 2, 1, 0),
                    new ComplianceFigures.MonthlyFigures("2026-11", "tx-oag", 1, 1, 0, 0, 0, 0),
                    new ComplianceFigures.MonthlyFigures("2026-12", "ca-dcss", 0, 0, 1, 0, 2, 2)),
            List.of(new RegistrationWorklist.MonthlyFigures("2026-11", "ca-dcss", 2, 1),
                    new RegistrationWorklist.MonthlyFigures("2026-12", "court-36047", 1, 0)));

    @Test
    void dutiesAndRegistrationsAreMergedPerMonthAndPartner() {
        assertThat(report.month("2026-11")).extracting(ComplianceReport.Row::partnerId).containsExactly("ca-dcss", "tx-oag");
        ComplianceReport.Row ca = report.month("2026-11").get(0);
        assertThat(ca.cases()).isEqualTo(4);
        assertThat(ca.casesWithinPercent()).isEqualTo(75);
        assertThat(ca.inquiriesWithinPercent()).isEqualTo(100);
        assertThat(ca.registrationsFiled()).isEqualTo(2);
        assertThat(ca.registrationsConfirmed()).isEqualTo(1);
        assertThat(report.month("2026-12")).extracting(ComplianceReport.Row::partnerId).containsExactly("ca-dcss", "court-36047");
    }

    @Test
    void monthlyTotalsAddEveryPartnerAndAMonthWithoutCasesHasNoShare() {
        List<ComplianceReport.Row> totals = report.monthlyTotals();
        assertThat(totals).extracting(ComplianceReport.Row::month).containsExactly("2026-11", "2026-12");
        assertThat(totals.get(0).cases()).isEqualTo(5);
        assertThat(totals.get(0).casesWithinPercent()).isEqualTo(80);
        assertThat(totals.get(1).casesWithinPercent()).isNull();
        assertThat(totals.get(1).inquiriesWithinPercent()).isZero();
    }

    @Test
    void theCsvHasOneLinePerMonthAndPartner() {
        String[] lines = report.csv().split("\r\n");
        assertThat(lines[0]).isEqualTo(ComplianceReport.CSV_HEADER);
        assertThat(lines).hasSize(5);
        assertThat(lines[1]).isEqualTo("2026-11,ca-dcss,4,3,75,2,2,100,1,0,2,1");
        assertThat(lines[4]).isEqualTo("2026-12,court-36047,0,0,,0,0,,0,0,1,0");
    }

    @Test
    void theChartHasATitleADescriptionAndALabelPerMonth() {
        String svg = report.chartSvg();
        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains("role=\"img\"", "<title id=\"chart-title\">", "2026-11: 80% of 5 cases.", "2026-12: no cases.",
                        ">80%</text>", ">none</text>");
    }
}
