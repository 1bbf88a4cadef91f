package dev.careeragent.resume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;

/**
 * Per-field accuracy over every corpus resume, printed as a Markdown table for docs/BENCHMARKS.md.
 * Run: ./mvnw -o -q test -Dtest=ResumeCorpusAccuracyReport
 */
class ResumeCorpusAccuracyReport {

    private final Map<String, int[]> scores = new LinkedHashMap<>();

    @Test
    void printsPerFieldAccuracy() throws Exception {
        ResumeParser parser = new ResumeParser();
        for (CorpusResumes.Expected e : CorpusResumes.ALL) {
            Resume r = CorpusResumes.parse(parser, e.file()).resume();
            ExperienceEntry job = r.experience().isEmpty() ? null : r.experience().get(0);
            EducationEntry school = r.education().isEmpty() ? null : r.education().get(0);
            score("name", e.name(), r.contact().name(), (a, b) -> a != null && a.equalsIgnoreCase(b));
            score("email", e.email(), r.contact().email(), Objects::equals);
            score("phone", CorpusResumes.digits(e.phone()), CorpusResumes.digits(r.contact().phone()), Objects::equals);
            score("location", e.location(), r.contact().location(), Objects::equals);
            score("number of jobs", e.jobs(), r.experience().size(), Objects::equals);
            score("first job title", e.firstTitle(), job == null ? null : job.title(), Objects::equals);
            score("first job company", e.firstCompany(), job == null ? null : job.company(), Objects::equals);
            score("first school", e.firstSchool(), school == null ? null : school.school(), Objects::equals);
        }
        StringBuilder table = new StringBuilder("| field | correct / total |\n|---|---|\n");
        scores.forEach((field, s) -> table.append("| ").append(field).append(" | ").append(s[0]).append(" / ")
                .append(s[1]).append(" |\n"));
        System.out.println("Resume parser accuracy on " + CorpusResumes.ALL.size() + " corpus resumes:\n" + table);

        assertThat(scores.get("name")[0]).isEqualTo(scores.get("name")[1]);
        assertThat(scores.get("email")[0]).isEqualTo(scores.get("email")[1]);
        assertThat(scores.get("phone")[0]).isEqualTo(scores.get("phone")[1]);
        scores.forEach((field, s) -> assertThat(s[0]).as(field).isGreaterThanOrEqualTo(s[1] * 3 / 4));
    }

    private <T> void score(String field, T expected, T actual, BiPredicate<T, T> same) {
        int[] s = scores.computeIfAbsent(field, f -> new int[2]);
        s[1]++;
        if (expected == null ? actual == null : same.test(expected, actual)) {
            s[0]++;
        }
    }
}
