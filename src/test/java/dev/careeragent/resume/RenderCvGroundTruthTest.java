package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.OtherSection;
import dev.careeragent.resume.model.ProjectEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.SectionHeading;
import dev.careeragent.testing.Corpus;

/** The RenderCV example PDF against the YAML it was rendered from. */
class RenderCvGroundTruthTest {

    private static JsonNode cv;
    private static Resume resume;

    @BeforeAll
    static void parse() throws Exception {
        cv = new ObjectMapper(new YAMLFactory())
                .readTree(Corpus.file("resumes/ground_truth/rendercv__John_Doe_ClassicTheme_CV.yaml").toFile())
                .path("cv");
        resume = CorpusResumes.parse(new ResumeParser(), "pdf/rendercv__John_Doe_ClassicTheme_CV.pdf").resume();
    }

    @Test
    void contactMatchesTheSource() {
        assertThat(resume.contact().name()).isEqualTo(cv.path("name").asText());
        assertThat(resume.contact().email()).isEqualTo(cv.path("email").asText());
        assertThat(resume.contact().location()).isEqualTo(cv.path("location").asText());
        String phone = cv.path("phone").asText("");
        assertThat(resume.contact().phone()).isEqualTo(phone.isEmpty() ? null : phone);
    }

    @Test
    void everySectionHeadingIsFound() {
        List<String> expected = new ArrayList<>();
        cv.path("sections").fieldNames().forEachRemaining(key -> expected.add(title(key)));
        List<String> found = resume.sections().stream().map(SectionHeading::title)
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
        assertThat(found).containsExactlyElementsOf(expected);
    }

    @Test
    void everyEntryTitleIsFound() {
        JsonNode sections = cv.path("sections");
        assertThat(resume.education()).extracting(EducationEntry::school)
                .containsExactlyElementsOf(texts(sections.path("education"), "institution"));
        assertThat(resume.education()).extracting(EducationEntry::degree)
                .containsExactlyElementsOf(texts(sections.path("education"), "degree"));
        assertThat(resume.experience()).extracting(ExperienceEntry::company)
                .containsExactlyElementsOf(texts(sections.path("experience"), "company"));
        assertThat(resume.experience()).extracting(ExperienceEntry::title)
                .containsExactlyElementsOf(texts(sections.path("experience"), "position"));
        List<String> projects = texts(sections.path("projects"), "name").stream()
                .map(n -> n.replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1")).toList();
        assertThat(resume.projects()).extracting(ProjectEntry::name).containsExactlyElementsOf(projects);
        String publications = resume.otherSections().stream().filter(o -> o.heading().equals("Publications"))
                .flatMap(o -> o.lines().stream()).reduce("", (a, b) -> a + "\n" + b);
        texts(sections.path("publications"), "title").forEach(t -> assertThat(publications).contains(t));
    }

    @Test
    void experienceDatesAreIso() {
        ExperienceEntry first = resume.experience().get(0);
        assertThat(first.start()).hasToString(cv.path("sections").path("experience").get(0).path("start_date").asText());
        assertThat(first.current()).isTrue();
        assertThat(resume.experience().get(1).end()).hasToString("2022-08");
    }

    @Test
    void unknownSectionsAreKept() {
        assertThat(resume.otherSections()).extracting(OtherSection::heading)
                .contains("Welcome to RenderCV", "Selected Honors", "Patents", "Invited Talks");
        OtherSection patents = resume.otherSections().stream().filter(o -> o.heading().equals("Patents")).findFirst()
                .orElseThrow();
        assertThat(patents.lines()).hasSize(cv.path("sections").path("patents").size());
    }

    private static String title(String key) {
        return key.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asText()));
        return values;
    }
}
