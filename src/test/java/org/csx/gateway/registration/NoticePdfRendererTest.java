package org.csx.gateway.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The §605 notice as a PDF: every element NoticeOfRegistrationContent gives is in the extracted text. */
class NoticePdfRendererTest {

    private final NoticePdfRenderer renderer = new NoticePdfRenderer();

    @Test
    void aNoticeForTwoOrdersCarriesEveryRequiredElement() throws IOException {
        LocalDate registered = LocalDate.of(2026, 3, 3);
        NoticeFacts facts = new NoticeFacts(registered, Optional.of("KF-2026-0001"),
                List.of(new RegisteredOrderSummary("CA-ORDER-1", "tribunal 0603700", "State of CA", LocalDate.of(2016, 6, 1)),
                        new RegisteredOrderSummary("TX-ORDER-2", "tribunal 4820100", "State of TX", LocalDate.of(2019, 2, 1))),
                new BigDecimal("5400.00"), registered, Optional.of("TX-ORDER-2"), Optional.of(new BigDecimal("7250.50")),
                false, contest(registered, false, false));
        NoticeOfRegistration notice = NoticeOfRegistrationContent.build(facts);

        byte[] pdf = renderer.render(new NoticePdfRenderer.Heading("Family Court, Kings County, NY (court 36047)",
                "reg-1", "KF-2026-0001", "CASEY PLACEHOLDER", false), notice);

        String text = text(pdf);
        assertThat(notice.elements()).containsExactly(NoticeElement.values());
        for (NoticeParagraph paragraph : notice.paragraphs()) {
            // Wrapped lines come back joined by single spaces.
            assertThat(text).as(paragraph.element().name()).contains(paragraph.text());
        }
        assertThat(text).contains("NOTICE OF REGISTRATION OF SUPPORT ORDER", "KF-2026-0001", "Kings County",
                "CASEY PLACEHOLDER", "March 23, 2026", "$7,250.50", "TX-ORDER-2").doesNotContain("DRAFT");
    }

    @Test
    void aDraftSaysSoAndAConventionNoticeGivesThirtyDays() throws IOException {
        LocalDate date = LocalDate.of(2026, 5, 4);
        NoticeFacts facts = new NoticeFacts(date, Optional.empty(),
                List.of(new RegisteredOrderSummary("NO-1", "tribunal Oslo", "Country NO", LocalDate.of(2020, 1, 1))),
                BigDecimal.ZERO, date, Optional.empty(), Optional.empty(), true, contest(date, true, false));

        String text = text(renderer.render(new NoticePdfRenderer.Heading("Family Court 36001", "reg-2", null, null, true),
                NoticeOfRegistrationContent.build(facts)));

        assertThat(text).contains("DRAFT", "(assigned on filing)", "within 30 days", "Convention support order", "June 3, 2026");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The contest period as the gateway computes it: the duty table's clock, federal holidays. */
    static ContestPeriod contest(LocalDate notice, boolean convention, boolean abroad) {
        java.time.ZoneId zone = java.time.ZoneId.of("America/New_York");
        org.csx.gateway.deadlines.WorkingDayCalendar calendar = org.csx.gateway.deadlines.WorkingDayCalendar.federal();
        org.csx.gateway.deadlines.DutyClocks clocks = new org.csx.gateway.deadlines.DutyClocks(
                new org.csx.gateway.deadlines.DeadlineCalculator(zone, calendar), calendar, zone, 10, 2);
        org.csx.gateway.deadlines.DutyKind kind = ContestPeriod.kindFor(convention, abroad);
        return new ContestPeriod(kind, clocks.dueDate(kind, notice));
    }
}
