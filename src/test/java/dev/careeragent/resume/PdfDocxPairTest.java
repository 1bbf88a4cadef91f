package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.SectionHeading;

/** The same resume saved as PDF and as DOCX parses to the same fields. */
class PdfDocxPairTest {

    private static final ResumeParser PARSER = new ResumeParser();

    @ParameterizedTest
    @ValueSource(strings = {"soupboss__01-Accountant", "soupboss__01-Desktop_Support", "soupboss__01-Office_Coordinator",
        "bjherger__john_smith"})
    void bothFormatsGiveTheSameFields(String name) throws Exception {
        Resume pdf = CorpusResumes.parse(PARSER, "pdf/" + name + ".pdf").resume();
        Resume docx = CorpusResumes.parse(PARSER, "docx/" + name + ".docx").resume();

        assertThat(docx.contact()).isEqualTo(pdf.contact());
        assertThat(docx.sections()).extracting(SectionHeading::title)
                .containsExactlyElementsOf(pdf.sections().stream().map(SectionHeading::title).toList());
        assertThat(docx.experience()).hasSameSizeAs(pdf.experience()).isNotEmpty();
        for (int i = 0; i < pdf.experience().size(); i++) {
            ExperienceEntry p = pdf.experience().get(i);
            ExperienceEntry d = docx.experience().get(i);
            assertThat(d.title()).isEqualTo(p.title());
            assertThat(d.company()).isEqualTo(p.company());
            assertThat(d.location()).isEqualTo(p.location());
            assertThat(d.start()).isEqualTo(p.start());
            assertThat(d.end()).isEqualTo(p.end());
            assertThat(d.current()).isEqualTo(p.current());
            assertThat(d.bullets()).isEqualTo(p.bullets());
        }
        assertThat(docx.education()).extracting(EducationEntry::school, EducationEntry::degree, EducationEntry::field)
                .isEqualTo(pdf.education().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.school(), e.degree(),
                        e.field())).toList());
        assertThat(docx.skills()).isEqualTo(pdf.skills());
        assertThat(docx.certifications()).isEqualTo(pdf.certifications());
    }
}
