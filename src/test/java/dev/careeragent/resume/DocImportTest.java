package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

import dev.careeragent.resume.export.DocxExporter;
import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.resume.read.DocReader;
import dev.careeragent.resume.read.DocumentText;
import dev.careeragent.resume.read.ResumeFormat;
import dev.careeragent.resume.read.TextLine;
import dev.careeragent.testing.LegacyWordFile;
import dev.careeragent.testing.LegacyWordFile.Paragraph;
import dev.careeragent.testing.SyntheticResume;

/** A legacy Word 97-2003 .doc resume reads like the same text saved as plain text or as .docx. */
class DocImportTest {

    /** A made-up person's resume with the usual sections; the dashes make the .doc store UTF-16 text. */
    static final List<String> RESUME = List.of(
            "Daniel Okafor",
            "Senior Data Analyst",
            "daniel.okafor@example.org | +1 (312) 555-0148 | Chicago, IL",
            "",
            "SUMMARY",
            "Data analyst with seven years of experience turning operational data into decisions for retail and"
                    + " healthcare teams.",
            "",
            "EXPERIENCE",
            "Senior Data Analyst",
            "Harbor Freight Analytics, Chicago, IL",
            "March 2021 – Present",
            "• Built a demand forecasting model in Python that cut stock-outs by 14% across 120 stores",
            "• Led the migration of 300 legacy reports from Excel to Tableau and dbt",
            "",
            "Data Analyst",
            "Lakeshore Health Partners, Evanston, IL",
            "June 2017 – February 2021",
            "• Designed SQL pipelines in Snowflake feeding weekly patient-flow dashboards",
            "• Ran A/B tests on appointment reminders that reduced no-shows by 9%",
            "",
            "EDUCATION",
            "Northwestern University",
            "Bachelor of Science in Statistics, 2013 – 2017",
            "",
            "SKILLS",
            "SQL, Python, Tableau, dbt, Snowflake, Excel, A/B testing");

    private final ResumeParser parser = new ResumeParser();

    @Test
    void legacyDocGivesTheSameResumeAsPlainText() throws Exception {
        ParsedResume doc = parser.parse(LegacyWordFile.of(RESUME), "resume.doc");
        ParsedResume txt = parser.parse(String.join("\n", RESUME).getBytes(StandardCharsets.UTF_8), "resume.txt");

        assertThat(doc.format()).isEqualTo(ResumeFormat.DOC);
        Resume r = doc.resume();
        assertThat(r.contact().name()).isEqualTo("Daniel Okafor");
        assertThat(r.contact().email()).isEqualTo("daniel.okafor@example.org");
        assertThat(r.contact().phone()).isEqualTo("+1 (312) 555-0148");
        assertThat(r.experience()).extracting(ExperienceEntry::title).containsExactly("Senior Data Analyst", "Data Analyst");
        assertThat(r.experience().get(0).company()).isEqualTo("Harbor Freight Analytics");
        assertThat(r.experience().get(0).start()).isEqualTo(ResumeDate.of(2021, 3));
        assertThat(r.experience().get(0).current()).isTrue();
        assertThat(r.experience().get(1).end()).isEqualTo(ResumeDate.of(2021, 2));
        assertThat(r.education()).extracting(EducationEntry::school).containsExactly(
                "Northwestern University");
        assertThat(r.skills()).contains("SQL", "Python", "Tableau");

        assertSameResume(r, txt.resume());
    }

    @Test
    void wordExportAndALegacyDocOfTheSameParagraphsAgree() throws Exception {
        byte[] docx = new DocxExporter().export(SyntheticResume.resume());
        byte[] doc = LegacyWordFile.formatted(paragraphs(docx));

        Resume fromDocx = parser.parse(docx, "resume.docx").resume();
        Resume fromDoc = parser.parse(doc, "resume.doc").resume();

        assertThat(fromDoc.contact().name()).isEqualTo("Maya Lindqvist");
        assertThat(fromDoc.experience()).hasSize(3);
        assertSameResume(fromDoc, fromDocx);
    }

    @Test
    void hyperlinksAndLineBreaksReadAsWordShowsThem() throws Exception {
        List<Paragraph> paragraphs = List.of(
                new Paragraph("Priya Raman", true, 18), Paragraph.plain(
                "\u0013 HYPERLINK \"mailto:priya.raman@example.com\" \u0014priya.raman@example.com\u0015 | "
                        + "\u0013 HYPERLINK \"https://www.linkedin.com/in/priya-raman-example\" \u0014"
                        + "linkedin.com/in/priya-raman-example\u0015\u000B+44 20 7946 0321\u000BLondon, UK"),
                new Paragraph("Experience", true, 13),
                new Paragraph("Product Designer\u000BMonzo Bank, London, UK\u000BJan 2020 – Present", false, 11),
                Paragraph.plain("• Page \u0013 PAGE \u0014\u0013 NESTED \u00141\u0015\u0015 of the portfolio"));
        DocumentText text = new DocReader().read(LegacyWordFile.formatted(paragraphs));
        List<String> lines = text.lines().stream().map(TextLine::text).toList();

        assertThat(lines).containsExactly("Priya Raman",
                "priya.raman@example.com | linkedin.com/in/priya-raman-example", "+44 20 7946 0321", "London, UK",
                "Experience", "Product Designer", "Monzo Bank, London, UK", "Jan 2020 – Present",
                "• Page 1 of the portfolio");

        assertThat(text.lines().get(0).bold()).isTrue();
        assertThat(text.lines().get(0).fontSize()).isEqualTo(18f);
        assertThat(text.lines().get(1).bold()).isFalse();

        Resume resume = parser.parse(LegacyWordFile.formatted(paragraphs), "cv.doc").resume();
        assertThat(resume.contact().email()).isEqualTo("priya.raman@example.com");
        assertThat(resume.contact().phone()).isEqualTo("+44 20 7946 0321");
        assertThat(resume.experience()).extracting(ExperienceEntry::title).containsExactly("Product Designer");
    }

    private static void assertSameResume(Resume actual, Resume expected) {
        assertThat(actual.contact()).isEqualTo(expected.contact());
        assertThat(actual.experience()).hasSameSizeAs(expected.experience());
        for (int i = 0; i < expected.experience().size(); i++) {
            ExperienceEntry e = expected.experience().get(i);
            ExperienceEntry a = actual.experience().get(i);
            assertThat(a.title()).isEqualTo(e.title());
            assertThat(a.company()).isEqualTo(e.company());
            assertThat(a.start()).isEqualTo(e.start());
            assertThat(a.end()).isEqualTo(e.end());
            assertThat(a.current()).isEqualTo(e.current());
            assertThat(a.bullets()).isEqualTo(e.bullets());
        }
        assertThat(actual.education()).extracting(EducationEntry::school)
                .isEqualTo(expected.education().stream().map(EducationEntry::school).toList());
        assertThat(actual.skills()).isEqualTo(expected.skills());
    }

    /** The DOCX's paragraphs with their weight and size, as Word 97 stores them: a manual line break is U+000B. */
    private static List<Paragraph> paragraphs(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(p -> {
                XWPFRun run = p.getRuns().get(0);
                return new Paragraph(p.getText().replace('\n', '\u000B'), run.isBold(),
                        run.getFontSizeAsDouble().intValue());
            }).toList();
        }
    }
}
