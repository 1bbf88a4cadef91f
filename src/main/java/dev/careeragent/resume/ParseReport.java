package dev.careeragent.resume;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.ParseRisk;
import java.util.List;

/** What {@code resume parse --json} prints: the resume's fields, then the normalised skills and the file facts. */
@JsonPropertyOrder({"format", "pageCount"})
public record ParseReport(String format, int pageCount, @JsonUnwrapped Resume resume, List<ResumeSkill> normalizedSkills,
                          List<ParseRisk> parseRisks) {

    public static ParseReport of(ParsedResume parsed, List<ResumeSkill> skills) {
        return new ParseReport(parsed.format().name(), parsed.pageCount(), parsed.resume(), skills, parsed.risks());
    }
}
