package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.careeragent.resume.export.DocxExporter;
import dev.careeragent.resume.export.JsonResumeExporter;
import dev.careeragent.resume.export.PdfExporter;
import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Link;
import dev.careeragent.resume.model.OtherSection;
import dev.careeragent.resume.model.ProjectEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.resume.model.SectionHeading;
import dev.careeragent.resume.read.ResumeFormat;

/** What we export, we read back: name, contact, sections and entry titles survive PDF, DOCX and JSON Resume. */
class ExportRoundTripTest {

    private final ResumeParser parser = new ResumeParser();

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "json"})
    void ourOwnExportParsesBackToTheSameFields(String format) throws Exception {
        Resume original = sampleResume("Anna Nowak");
        byte[] bytes = switch (format) {
            case "pdf" -> new PdfExporter().export(original);
            case "docx" -> new DocxExporter().export(original);
            default -> new JsonResumeExporter().export(original).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
        Resume back = parser.parse(bytes, "export." + format).resume();

        assertThat(back.contact().name()).isEqualTo("Anna Nowak");
        assertThat(back.contact().email()).isEqualTo(original.contact().email());
        assertThat(back.contact().phone()).isEqualTo(original.contact().phone());
        assertThat(back.experience()).extracting(ExperienceEntry::title, ExperienceEntry::company)
                .isEqualTo(original.experience().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.title(),
                        e.company())).toList());
        assertThat(back.experience()).extracting(ExperienceEntry::start)
                .isEqualTo(original.experience().stream().map(ExperienceEntry::start).toList());
        assertThat(back.education()).extracting(EducationEntry::school).containsExactly("Warsaw University of Technology");
        assertThat(back.projects()).extracting(ProjectEntry::name).containsExactly("Route Planner");
        assertThat(back.skills()).containsAll(original.skills());
        if (!format.equals("json")) {
            assertThat(back.sections()).extracting(SectionHeading::title)
                    .containsExactlyElementsOf(original.sections().stream().map(SectionHeading::title).toList());
            assertThat(back.contact().location()).isEqualTo(original.contact().location());
        }
    }

    @Test
    void polishAndGreekNamesPrintInThePdf() throws Exception {
        for (String name : List.of("Łukasz Żółkiewski", "Γιώργος Παπαδόπουλος")) {
            byte[] pdf = new PdfExporter().export(sampleResume(name));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains(name);
            }
            ParsedResume back = parser.parse(pdf, "cv.pdf");
            assertThat(back.format()).isEqualTo(ResumeFormat.PDF);
            assertThat(back.resume().contact().name()).isEqualTo(name);
        }
    }

    @Test
    void longResumesFlowOntoMorePages() throws Exception {
        Resume base = sampleResume("Anna Nowak");
        List<String> bullets = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> "Delivered improvement number " + i + " that reduced costs by " + i + "% across teams")
                .toList();
        Resume longer = new Resume(base.contact(), base.headline(), base.summary(), List.of(new ExperienceEntry(
                "Software Engineer", "Acme Corp", "Warsaw, Poland", ResumeDate.of(2019, 1), null, true, bullets)),
                base.education(), base.skills(), base.projects(), base.certifications(), base.languages(),
                base.otherSections(), base.sections());
        ParsedResume back = parser.parse(new PdfExporter().export(longer), "long.pdf");
        assertThat(back.pageCount()).isGreaterThan(1);
        assertThat(back.resume().experience().get(0).bullets()).hasSize(60);
    }

    static Resume sampleResume(String name) {
        Contact contact = new Contact(name, "anna.nowak@example.com", "+48 601 234 567", "Warsaw, Poland",
                List.of(new Link("LinkedIn", "linkedin.com/in/anna-nowak"), new Link("GitHub", "github.com/annanowak")));
        return new Resume(contact, "Backend Engineer", "Backend engineer with eight years of building payment systems.",
                List.of(new ExperienceEntry("Senior Software Engineer", "Allegro", "Warsaw, Poland", ResumeDate.of(2020, 3),
                                null, true, List.of("Led the checkout rewrite serving 20M users", "Cut p99 latency by 40%")),
                        new ExperienceEntry("Software Engineer", "Comarch", "Krakow, Poland", ResumeDate.of(2016, 7),
                                ResumeDate.of(2020, 2), false, List.of("Built invoicing APIs in Java and Spring"))),
                List.of(new EducationEntry("Warsaw University of Technology", "Master of Science", "Computer Science",
                        null, ResumeDate.of(2011, 10), ResumeDate.of(2016, 6), null, List.of())),
                List.of("Java", "Spring Boot", "PostgreSQL", "Kubernetes"),
                List.of(new ProjectEntry("Route Planner", "Open-source journey planner for cyclists",
                        List.of("1,200 GitHub stars"), ResumeDate.of(2021), null, false, null)),
                List.of("AWS Certified Developer"), List.of("Polish (native)", "English (C1)"),
                List.of(new OtherSection("Awards", List.of("Hackathon winner, 2019"))),
                List.of(new SectionHeading("Summary", dev.careeragent.resume.model.SectionKind.SUMMARY),
                        new SectionHeading("Experience", dev.careeragent.resume.model.SectionKind.EXPERIENCE),
                        new SectionHeading("Education", dev.careeragent.resume.model.SectionKind.EDUCATION),
                        new SectionHeading("Skills", dev.careeragent.resume.model.SectionKind.SKILLS),
                        new SectionHeading("Projects", dev.careeragent.resume.model.SectionKind.PROJECTS),
                        new SectionHeading("Certifications", dev.careeragent.resume.model.SectionKind.CERTIFICATIONS),
                        new SectionHeading("Languages", dev.careeragent.resume.model.SectionKind.LANGUAGES),
                        new SectionHeading("Awards", dev.careeragent.resume.model.SectionKind.OTHER)));
    }
}
