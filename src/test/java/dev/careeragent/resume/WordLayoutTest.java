package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.Resume;

/**
 * Word templates that lay the name and contacts out in a table in the page header, number their headings and
 * leave a page number in the text: the name is read from the header, the numbered headings open their sections
 * and the page number is no job.
 */
class WordLayoutTest {

    @Test
    void aNameInAHeaderTableIsTheNameAndNumberedHeadingsOpenSections() throws Exception {
        Resume resume = new ResumeParser().parse(templateWithHeaderTable(), "resume.docx").resume();

        assertThat(resume.contact().name()).isEqualTo("Priya Raman");
        assertThat(resume.contact().email()).isEqualTo("priya.raman@example.com");
        assertThat(resume.experience()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Staff Nurse");
            assertThat(job.company()).isEqualTo("St Mary's Hospital");
        });
        assertThat(resume.education()).singleElement()
                .satisfies(school -> assertThat(school.school()).isEqualTo("King's College London"));
    }

    @Test
    void aTableWithTheHeadingsInItsLeftColumnReadsAsSections() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, "Tomas Novak", true);
            paragraph(doc, "tomas.novak@example.com", false);
            XWPFTable table = doc.createTable(3, 2);
            table.getRow(0).getCell(0).setText("Profile");
            table.getRow(0).getCell(1).setText("Chef de partie with eight years in hotel kitchens.");
            table.getRow(1).getCell(0).setText("Experience");
            table.getRow(1).getCell(1).setText("Chef de Partie | Grand Hotel Prague | 2018 – Present");
            table.getRow(2).getCell(0).setText("Languages");
            table.getRow(2).getCell(1).setText("Czech (Native), English (Fluent)");
            doc.write(out);
            docx = out.toByteArray();
        }

        Resume resume = new ResumeParser().parse(docx, "resume.docx").resume();

        assertThat(resume.summary()).isEqualTo("Chef de partie with eight years in hotel kitchens.");
        assertThat(resume.experience()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Chef de Partie");
            assertThat(job.company()).isEqualTo("Grand Hotel Prague");
        });
        assertThat(resume.languages()).containsExactly("Czech (Native)", "English (Fluent)");
    }

    private static byte[] templateWithHeaderTable() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            XWPFTable table = header.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Priya Raman");
            table.getRow(0).getCell(1).setText("priya.raman@example.com | +44 7911 123456");
            paragraph(doc, "01 EXPERIENCE", true);
            paragraph(doc, "Staff Nurse | St Mary's Hospital | March 2019 – Present", true);
            paragraph(doc, "• Cared for eight patients a shift on an acute medical ward", false);
            paragraph(doc, "Page 1 of 2", false);
            paragraph(doc, "02 EDUCATION", true);
            paragraph(doc, "King's College London | BSc Nursing | 2015 – 2019", true);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold) {
        var run = doc.createParagraph().createRun();
        run.setText(text);
        run.setBold(bold);
    }
}
