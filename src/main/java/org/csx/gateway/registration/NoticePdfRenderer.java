package org.csx.gateway.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a §605 notice of registration ({@link NoticeOfRegistrationContent}) as a PDF with Apache
 * PDFBox: a heading naming the court, the registration and the addressee, then every paragraph of the
 * notice, wrapped to the page. Standard Helvetica, so characters outside WinAnsi are replaced.
 */
class NoticePdfRenderer {

    /** What goes above the paragraphs. */
    public record Heading(String courtName, String registrationId, String docketNumber, String addressee, boolean draft) {
    }

    private static final float MARGIN = 56;
    private static final float FONT_SIZE = 11;
    private static final float LEADING = 15;

    public byte[] render(Heading heading, NoticeOfRegistration notice) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Notice of Registration of Support Order");
            info.setCreator("csx-gateway");

            Writer writer = new Writer(document, regular);
            writer.line(bold, 14, "NOTICE OF REGISTRATION OF SUPPORT ORDER");
            writer.line(regular, FONT_SIZE, "Uniform Interstate Family Support Act, section 605");
            if (heading.draft()) {
                writer.line(bold, FONT_SIZE, "DRAFT: to be served by the registering tribunal when the order is filed.");
            }
            writer.gap();
            writer.line(regular, FONT_SIZE, "Court: " + heading.courtName());
            writer.line(regular, FONT_SIZE, "Registration: " + heading.registrationId());
            writer.line(regular, FONT_SIZE, "Docket number: " + (heading.docketNumber() == null ? "(assigned on filing)" : heading.docketNumber()));
            if (heading.addressee() != null) {
                writer.line(regular, FONT_SIZE, "To the non-registering party: " + heading.addressee());
            }
            writer.gap();
            int n = 1;
            for (NoticeParagraph paragraph : notice.paragraphs()) {
                writer.paragraph(regular, n++ + ". " + paragraph.text());
                writer.gap();
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the notice of registration could not be rendered", e);
        }
    }

    /** Writes lines top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType1Font font;
        private final float width;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDType1Font font) throws IOException {
            this.document = document;
            this.font = font;
            this.width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.LETTER.getHeight() - MARGIN;
        }

        void line(PDType1Font f, float size, String text) throws IOException {
            if (y < MARGIN + LEADING) {
                newPage();
            }
            stream.beginText();
            stream.setFont(f, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(printable(f, text));
            stream.endText();
            y -= size > FONT_SIZE ? LEADING + 4 : LEADING;
        }

        void gap() {
            y -= LEADING / 2;
        }

        void paragraph(PDType1Font f, String text) throws IOException {
            for (String line : wrap(f, printable(f, text))) {
                line(f, FONT_SIZE, line);
            }
        }

        private List<String> wrap(PDType1Font f, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (f.getStringWidth(candidate) / 1000 * FONT_SIZE > width && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        void close() throws IOException {
            stream.close();
        }

        private String printable(PDType1Font f, String text) {
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                try {
                    f.encode(String.valueOf(c));
                    out.append(c);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            }
            return out.toString();
        }
    }
}
