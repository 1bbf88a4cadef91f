package dev.careeragent.resume.ats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.resume.jobtext.JobTextReader;
import dev.careeragent.resume.ParsedResume;
import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.ResumeSkill;
import dev.careeragent.resume.ResumeSkills;
import dev.careeragent.resume.StoredResume;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.resume.ats.AtsReason.Status;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ATS check on real corpus resumes against a real corpus job description (a PDF). */
class AtsCorpusTest {

    private static final String JAVA_JOB = "jobs/pdf/resume-matcher__job_desc_java_developer.pdf";

    private static SkillTaxonomy taxonomy;
    private static SkillExtractor extractor;

    @BeforeAll
    static void load() {
        taxonomy = SkillTaxonomy.loadDefault();
        extractor = new SkillExtractor(taxonomy);
    }

    static StoredResume stored(ParsedResume parsed) {
        return new StoredResume(new VersionInfo(1, "test", Instant.EPOCH, "resume", parsed.format().name(), true, null),
                parsed.resume(), new ResumeSkills(taxonomy, extractor).find(parsed.resume()), parsed.risks(), parsed.pageCount());
    }

    private StoredResume corpusResume(String relative) throws Exception {
        Path file = Corpus.file(relative);
        return stored(new ResumeParser().parse(Files.readAllBytes(file), file.getFileName().toString()));
    }

    private AtsReport check(StoredResume resume) throws Exception {
        Path jobFile = Corpus.file(JAVA_JOB);
        String jobText = new JobTextReader().read(Files.readAllBytes(jobFile), jobFile.getFileName().toString());
        AtsChecker checker = new AtsChecker(taxonomy, new RequirementExtractor(extractor), new RuleBasedAdvisor(),
                Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));
        return checker.check(resume, jobText);
    }

    @Test
    void aJavaDeveloperResumeAgainstTheJavaDeveloperPosting() throws Exception {
        StoredResume resume = corpusResume("resumes/pdf/resume-matcher__john_doe.pdf");
        AtsReport report = check(resume);

        assertThat(report.reasons(AtsCategory.REQUIRED_SKILLS)).extracting(AtsReason::status, AtsReason::text).contains(
                org.assertj.core.groups.Tuple.tuple(Status.OK, "Found required skill Java (Skills section)."),
                org.assertj.core.groups.Tuple.tuple(Status.OK, "Found required skill Hibernate (Skills section)."),
                org.assertj.core.groups.Tuple.tuple(Status.PROBLEM, "Missing required skill Design Patterns."));
        // the posting's described work needs debugging: a required skill, found in an experience bullet
        assertThat(report.reasons(AtsCategory.REQUIRED_SKILLS)).anySatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.OK);
            assertThat(r.text()).startsWith("Found required skill Debugging (Experience: Software Developer at XYZ Solutions");
        });
        assertThat(report.points(AtsCategory.CONTACT)).isEqualTo(10);
        assertThat(report.points(AtsCategory.SECTIONS)).isEqualTo(10);
        assertThat(report.points(AtsCategory.REQUIRED_SKILLS)).isBetween(15, 39);
        assertThat(report.score()).isBetween(60, 95);

        // Debugging shows in a bullet but not in the skills list: suggested there, quoting the bullet.
        assertThat(report.suggestions()).anySatisfy(s -> {
            assertThat(s.skill()).isEqualTo("Debugging");
            assertThat(s.text()).contains("Skills section", "software debugging");
        });
        // Never a suggestion for a skill the resume does not show being used.
        assertThat(report.suggestions()).allSatisfy(s -> assertThat(resume.skills()).anySatisfy(k -> {
            assertThat(k.name()).isEqualTo(s.skill());
            assertThat(k.usage()).isNotEmpty();
            assertThat(k.inSkillsSection()).isFalse();
        }));
        assertThat(report.suggestions()).noneMatch(s -> s.skill().equals("Design Patterns"));

        assertThat(report.advice()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(WritingAdvice.Kind.WEAK_VERB);
            assertThat(a.excerpt()).startsWith("Participated in");
        });
    }

    @Test
    void anAccountantScoresFarLowerOnTheSamePosting() throws Exception {
        AtsReport developer = check(corpusResume("resumes/pdf/resume-matcher__john_doe.pdf"));
        StoredResume accountant = corpusResume("resumes/pdf/soupboss__01-Accountant.pdf");
        AtsReport report = check(accountant);

        assertThat(report.reasons(AtsCategory.REQUIRED_SKILLS)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.status()).isNotEqualTo(Status.OK));
        assertThat(report.reasons(AtsCategory.REQUIRED_SKILLS)).extracting(AtsReason::text)
                .contains("Missing required skill Java.");
        assertThat(report.suggestions()).as("nothing the accountant could honestly add").isEmpty();
        assertThat(report.score()).isLessThan(developer.score() - 20);
        assertThat(accountant.skills()).extracting(ResumeSkill::name).doesNotContain("Java");
    }
}
