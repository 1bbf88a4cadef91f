package dev.careeragent.resume.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;

import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.model.Resume;

/**
 * Word templates wrap headings and sections in content controls (w:sdt), in the body and in table cells: their
 * paragraphs are read in place, so the headings open their sections.
 */
class ContentControlsTest {

    @Test
    void headingsAndEntriesInsideContentControlsAreRead() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Morgan Ellis");
            doc.createParagraph().createRun().setText("morgan.ellis@example.com");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Skills");
            XWPFTableCell cell = table.getRow(0).getCell(1);
            CTSdtContentBlock control = cell.getCTTc().addNewSdt().addNewSdtContent();
            boldLine(control.addNewP(), "Experience");
            cell.addParagraph().createRun().setText("2015 – 2020");
            cell.addParagraph().createRun().setText("Store Manager • Corner Grocer");
            CTSdtContentBlock bodyControl = doc.getDocument().getBody().addNewSdt().addNewSdtContent();
            boldLine(bodyControl.addNewP(), "Education");
            bodyControl.addNewP().addNewR().addNewT().setStringValue("Hill College, Diploma in Retail, 2014");
            doc.write(out);
            docx = out.toByteArray();
        }

        Resume resume = new ResumeParser().parse(docx, "cv.docx").resume();

        assertThat(resume.experience()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo("Store Manager");
            assertThat(job.company()).isEqualTo("Corner Grocer");
        });
        assertThat(resume.education()).singleElement().satisfies(school ->
                assertThat(school.school()).isEqualTo("Hill College"));
    }

    @Test
    void aTableCellWrappedWholeInAContentControlIsRead() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = doc.createTable(1, 1);
            table.getRow(0).getCell(0).setText("Irina Volkova");
            // a template's bound email field: <w:sdt><w:sdtContent><w:tc>...</w:tc></w:sdtContent></w:sdt> in the row
            table.getRow(0).getCtRow().addNewSdt().addNewSdtContent().addNewTc().addNewP().addNewR().addNewT()
                    .setStringValue("irina.volkova@example.com");
            doc.write(out);
            docx = out.toByteArray();
        }

        Resume resume = new ResumeParser().parse(docx, "cv.docx").resume();

        assertThat(resume.contact().email()).isEqualTo("irina.volkova@example.com");
    }

    @Test
    void aLineBreakInsideAParagraphKeepsItsLinesApart() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var run = doc.createParagraph().createRun();
            run.setText("Irina Volkova");
            run.addBreak();
            run.setText("Payroll Analyst");
            doc.createParagraph().createRun().setText("irina.volkova@example.com");
            doc.write(out);
            docx = out.toByteArray();
        }

        DocumentText text = new DocxReader().read(docx);

        assertThat(text.lines()).extracting(TextLine::text).startsWith("Irina Volkova", "Payroll Analyst");
    }

    private static void boldLine(CTP p, String text) {
        var run = p.addNewR();
        run.addNewRPr().addNewB();
        run.addNewT().setStringValue(text);
    }
}
