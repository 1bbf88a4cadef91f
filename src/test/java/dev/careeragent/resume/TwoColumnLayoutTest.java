package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.ParseRisk;

/** A sidebar layout: the columns are read one after the other, not line by line across the page. */
class TwoColumnLayoutTest {

    @Test
    void readsEachColumnInOrderAndFlagsTheRisk() throws Exception {
        ParsedResume parsed = new ResumeParser().parse(twoColumnPdf(), "two-columns.pdf");
        Resume resume = parsed.resume();

        assertThat(parsed.risks()).extracting(ParseRisk::kind).contains(ParseRisk.Kind.MULTI_COLUMN);
        assertThat(resume.contact().name()).isEqualTo("Maria Kowalska");
        assertThat(resume.contact().email()).isEqualTo("maria@example.com");
        assertThat(resume.skills()).containsExactly("Java", "Kotlin", "SQL", "Docker", "Terraform", "Linux");
        assertThat(resume.languages()).containsExactly("Polish (native)", "German (B2)");
        assertThat(resume.experience()).hasSize(2);
        assertThat(resume.experience().get(0).company()).isEqualTo("Nordic Payments AB");
        assertThat(resume.experience().get(0).title()).isEqualTo("Backend Developer");
        assertThat(resume.experience().get(0).bullets()).hasSize(3)
                .allSatisfy(b -> assertThat(b).doesNotContain("Kotlin", "German"));
    }

    /** Lines set closer than their glyph boxes are tall (tight leading beside a sidebar) keep their own letters. */
    @Test
    void tightlySetLinesBesideASidebarAreNotInterleaved() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font regular = font(doc, "/fonts/DejaVuSans.ttf");
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                text(c, regular, 22, 50, 740, "Maria Kowalska");
                String[] side = {"SKILLS", "Java", "Kotlin", "SQL", "Docker", "Linux", "Terraform"};
                String[] main = {"ACHIEVEMENTS", "Fantastic Achievements", "and some detail about it",
                    "Settlement service for two million payments a day", "Event streams instead of nightly batches"};
                for (int i = 0; i < side.length; i++) {
                    text(c, regular, 10, 50, 700 - 14 * i, side[i]);
                }
                for (int i = 0; i < main.length; i++) {
                    text(c, regular, 10, 200, 700 - 6 * i, main[i]); // 6 pt apart with a 10 pt font
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        var lines = new dev.careeragent.resume.read.PdfReader().read(pdf, null).lines().stream()
                .map(dev.careeragent.resume.read.TextLine::text).toList();

        assertThat(lines).contains("Fantastic Achievements", "and some detail about it",
                "Settlement service for two million payments a day", "Event streams instead of nightly batches", "Kotlin");
    }

    private static byte[] twoColumnPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font regular = font(doc, "/fonts/DejaVuSans.ttf");
            PDType0Font bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
            try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                text(c, bold, 22, 50, 740, "Maria Kowalska");
                text(c, regular, 10, 50, 720, "maria@example.com | +46 70 123 45 67 | Stockholm, Sweden");
                String[] left = {"SKILLS", "Java", "Kotlin", "SQL", "Docker", "Terraform", "Linux", "", "LANGUAGES",
                    "Polish (native)", "German (B2)"};
                String[] right = {"EXPERIENCE", "Backend Developer | Nordic Payments AB", "Jan 2021 – Present",
                    "• Built the settlement service processing 2 million payments a day",
                    "• Moved batch jobs to event streams and cut delays from hours to seconds",
                    "• Mentored four developers joining the payments platform team", "",
                    "Junior Developer | Baltic Software Sp. z o.o.", "Jul 2018 – Dec 2020",
                    "• Wrote reporting features for logistics customers in Java and SQL",
                    "• Automated release checks that caught regressions before deployment"};
                float y = 680;
                for (String line : left) {
                    text(c, line.equals("SKILLS") || line.equals("LANGUAGES") ? bold : regular, 10, 50, y, line);
                    y -= line.isEmpty() ? 8 : 14;
                }
                y = 680;
                for (String line : right) {
                    boolean heading = line.equals("EXPERIENCE") || line.contains(" | ");
                    text(c, heading ? bold : regular, 10, 200, y, line);
                    y -= line.isEmpty() ? 8 : 14;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream c, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(text);
        c.endText();
    }

    private static PDType0Font font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = TwoColumnLayoutTest.class.getResourceAsStream(resource)) {
            return PDType0Font.load(doc, in, true);
        }
    }
}
