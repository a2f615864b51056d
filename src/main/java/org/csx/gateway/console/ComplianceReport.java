package org.csx.gateway.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.csx.gateway.deadlines.ComplianceFigures;
import org.csx.gateway.registration.RegistrationWorklist;

/**
 * The compliance dashboard's figures: the duties' and the registrations' monthly figures merged per month and
 * partner, with the shares a coordinator reports, the CSV export and the chart (inline SVG, drawn here: no script,
 * no outside service). Pure.
 */
final class ComplianceReport {

    /** One month and partner (partner "all" for a month's total). */
    record Row(String month, String partnerId, long cases, long casesWithin, long inquiries, long inquiriesWithin,
               long documentsRequested, long documentsReceived, long registrationsFiled, long registrationsConfirmed) {

        /** Share of cases reviewed, forwarded and acknowledged within 10 working days, in percent; null if none. */
        public Integer casesWithinPercent() {
            return percent(casesWithin, cases);
        }

        public Integer inquiriesWithinPercent() {
            return percent(inquiriesWithin, inquiries);
        }

        Row plus(Row other) {
            return new Row(month, partnerId, cases + other.cases, casesWithin + other.casesWithin,
                    inquiries + other.inquiries, inquiriesWithin + other.inquiriesWithin,
                    documentsRequested + other.documentsRequested, documentsReceived + other.documentsReceived,
                    registrationsFiled + other.registrationsFiled, registrationsConfirmed + other.registrationsConfirmed);
        }
    }

    static final String ALL = "all";
    static final String CSV_HEADER = "month,partner,cases,cases_within_10_working_days,cases_within_percent,"
            + "status_inquiries,inquiries_within_5_working_days,inquiries_within_percent,documents_requested,"
            + "documents_received,registrations_filed,registrations_confirmed";

    private final List<Row> rows;

    private ComplianceReport(List<Row> rows) {
        this.rows = rows;
    }

    static ComplianceReport of(List<ComplianceFigures.MonthlyFigures> duties,
                               List<RegistrationWorklist.MonthlyFigures> registrations) {
        Map<String, Row> byKey = new TreeMap<>();
        for (ComplianceFigures.MonthlyFigures f : duties) {
            byKey.merge(f.month() + "|" + f.partnerId(), new Row(f.month(), f.partnerId(), f.cases(), f.casesWithin(),
                    f.inquiries(), f.inquiriesWithin(), f.documentsRequested(), f.documentsReceived(), 0, 0), Row::plus);
        }
        for (RegistrationWorklist.MonthlyFigures f : registrations) {
            byKey.merge(f.month() + "|" + f.partnerId(), new Row(f.month(), f.partnerId(), 0, 0, 0, 0, 0, 0,
                    f.filed(), f.confirmed()), Row::plus);
        }
        return new ComplianceReport(List.copyOf(byKey.values()));
    }

    /** Per partner for one month ("YYYY-MM"), partners in order. */
    List<Row> month(String month) {
        return rows.stream().filter(r -> r.month().equals(month)).toList();
    }

    /** Each month's total over all partners, oldest first. */
    List<Row> monthlyTotals() {
        Map<String, Row> totals = new TreeMap<>();
        for (Row r : rows) {
            totals.merge(r.month(), new Row(r.month(), ALL, r.cases(), r.casesWithin(), r.inquiries(), r.inquiriesWithin(),
                    r.documentsRequested(), r.documentsReceived(), r.registrationsFiled(), r.registrationsConfirmed()),
                    Row::plus);
        }
        return new ArrayList<>(totals.values());
    }

    /** Every month and partner, as CSV (RFC 4180; ids and counts only). */
    String csv() {
        StringBuilder out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (Row r : rows) {
            out.append(r.month()).append(',').append(csvField(r.partnerId())).append(',')
                    .append(r.cases()).append(',').append(r.casesWithin()).append(',').append(nullable(r.casesWithinPercent())).append(',')
                    .append(r.inquiries()).append(',').append(r.inquiriesWithin()).append(',').append(nullable(r.inquiriesWithinPercent())).append(',')
                    .append(r.documentsRequested()).append(',').append(r.documentsReceived()).append(',')
                    .append(r.registrationsFiled()).append(',').append(r.registrationsConfirmed()).append("\r\n");
        }
        return out.toString();
    }

    /**
     * A bar per month: the share of cases within 10 working days, with a line at 100 %. Accessible: a title, a
     * description and one text label per bar; colours are not the only carrier of the figure.
     */
    String chartSvg() {
        List<Row> totals = monthlyTotals();
        int barWidth = 48;
        int gap = 16;
        int height = 160;
        int width = Math.max(320, 40 + totals.size() * (barWidth + gap));
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" ")
                .append("width=\"").append(width).append("\" height=\"").append(height + 50).append("\" ")
                .append("viewBox=\"0 0 ").append(width).append(' ').append(height + 50).append("\">")
                .append("<title id=\"chart-title\">Cases reviewed, forwarded and acknowledged within 10 working days, by month</title>")
                .append("<desc id=\"chart-desc\">");
        for (Row r : totals) {
            svg.append(r.month()).append(": ").append(label(r)).append(". ");
        }
        svg.append("</desc>")
                .append("<line x1=\"30\" y1=\"10\" x2=\"").append(width).append("\" y2=\"10\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>")
                .append("<text x=\"0\" y=\"14\" font-size=\"11\" fill=\"#222\">100%</text>")
                .append("<line x1=\"30\" y1=\"").append(height + 10).append("\" x2=\"").append(width)
                .append("\" y2=\"").append(height + 10).append("\" stroke=\"#222\"/>");
        int x = 40;
        for (Row r : totals) {
            Integer percent = r.casesWithinPercent();
            int barHeight = percent == null ? 0 : percent * height / 100;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(height + 10 - barHeight).append("\" width=\"")
                    .append(barWidth).append("\" height=\"").append(barHeight).append("\" fill=\"#1d4f91\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(height + 26).append("\" font-size=\"11\" fill=\"#222\">")
                    .append(r.month()).append("</text>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(height + 40).append("\" font-size=\"11\" fill=\"#222\">")
                    .append(percent == null ? "none" : percent + "%").append("</text>");
            x += barWidth + gap;
        }
        return svg.append("</svg>").toString();
    }

    private static String label(Row r) {
        Integer percent = r.casesWithinPercent();
        return percent == null ? "no cases" : percent + "% of " + r.cases() + " cases";
    }

    private static Integer percent(long part, long whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }

    private static String nullable(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** Partner ids are plain words; quoted anyway if one ever holds a comma or a quote. */
    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
