package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.careeragent.resume.export.JsonResumeExporter;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeJson;
import dev.careeragent.resume.read.ResumeFormat;

/** JSON Resume import and export, and our own JSON with ISO dates. */
class JsonFormatsTest {

    private final ResumeParser parser = new ResumeParser();

    @Test
    void importsTheJsonResumeSample() throws Exception {
        ParsedResume parsed = CorpusResumes.parse(parser, "json/jsonresume__sample.resume.json");
        Resume resume = parsed.resume();
        assertThat(parsed.format()).isEqualTo(ResumeFormat.JSON_RESUME);
        assertThat(resume.contact().name()).isEqualTo("Richard Hendriks");
        assertThat(resume.experience().get(0).company()).isEqualTo("Pied Piper");
        assertThat(resume.experience().get(0).start()).hasToString("2013-12");
        assertThat(resume.education().get(0).gpa()).isEqualTo("4.0");
        assertThat(resume.otherSections()).extracting(o -> o.heading()).contains("Awards", "Volunteer");
    }

    @Test
    void jsonResumeExportReimportsToTheSameResume() throws Exception {
        Resume original = ExportRoundTripTest.sampleResume("Anna Nowak");
        String json = new JsonResumeExporter().export(original);
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.path("basics").path("name").asText()).isEqualTo("Anna Nowak");
        assertThat(tree.path("work").get(0).path("startDate").asText()).isEqualTo("2020-03");

        Resume back = parser.parse(json.getBytes(StandardCharsets.UTF_8), "resume.json").resume();
        assertThat(back.experience()).isEqualTo(original.experience());
        assertThat(back.skills()).isEqualTo(original.skills());
    }

    @Test
    void ownJsonKeepsIsoDatesAndRoundTrips() {
        Resume original = ExportRoundTripTest.sampleResume("Anna Nowak");
        ResumeJson json = new ResumeJson();
        String text = json.write(original);
        assertThat(text).contains("\"start\" : \"2020-03\"").contains("\"start\" : \"2021\"");
        assertThat(json.read(text)).isEqualTo(original);
    }
}
