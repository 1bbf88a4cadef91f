package dev.careeragent.resume.ats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.resume.ResumeSkills;
import dev.careeragent.resume.StoredResume;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.resume.ats.AtsReason.Status;
import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.resume.read.ParseRisk;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.testing.SyntheticResume;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each part of the ATS check on made-up resumes whose problems are known. */
class AtsCheckerTest {

    private static SkillTaxonomy taxonomy;
    private static SkillExtractor extractor;
    private static AtsChecker checker;

    private static final String JOB = """
            Backend Engineer
            Requirements:
            - 5+ years of Java and Spring Boot
            - Experience with Kubernetes and PostgreSQL
            Nice to have:
            - Terraform
            """;

    @BeforeAll
    static void load() {
        taxonomy = SkillTaxonomy.loadDefault();
        extractor = new SkillExtractor(taxonomy);
        checker = new AtsChecker(taxonomy, new RequirementExtractor(extractor), new RuleBasedAdvisor(),
                Clock.fixed(Instant.parse("2024-06-15T00:00:00Z"), ZoneOffset.UTC));
    }

    private static StoredResume stored(Resume resume, List<ParseRisk> risks, int pages) {
        return new StoredResume(new VersionInfo(1, "t", Instant.EPOCH, "t.pdf", "PDF", true, null), resume,
                new ResumeSkills(taxonomy, extractor).find(resume), risks, pages);
    }

    private static Resume withJobs(Resume r, List<ExperienceEntry> jobs) {
        return new Resume(r.contact(), r.headline(), r.summary(), jobs, r.education(), r.skills(), r.projects(),
                r.certifications(), r.languages(), r.otherSections(), r.sections());
    }

    private static ExperienceEntry job(String title, ResumeDate start, ResumeDate end, boolean current) {
        return new ExperienceEntry(title, "Acme", null, start, end, current, List.of("Shipped 3 releases"));
    }

    @Test
    void keywordsFoundThroughTheSkillsSectionAndBulletsWithASuggestionOnlyWhereThereIsEvidence() {
        AtsReport report = checker.check(stored(SyntheticResume.resume(), List.of(), 1), JOB);

        assertThat(report.reasons(AtsCategory.REQUIRED_SKILLS)).extracting(AtsReason::status).containsOnly(Status.OK);
        assertThat(report.points(AtsCategory.REQUIRED_SKILLS)).isEqualTo(40);
        assertThat(report.reasons(AtsCategory.PREFERRED_SKILLS)).extracting(AtsReason::status, AtsReason::text)
                .contains(org.assertj.core.groups.Tuple.tuple(Status.PROBLEM, "Missing preferred skill Terraform."));
        // Kubernetes is in an experience bullet only: suggest adding it to the skills list. Terraform: never.
        assertThat(report.suggestions().get(0).skill()).isEqualTo("Kubernetes");
        assertThat(report.suggestions().get(0).evidence()).isEqualTo("Experience: Senior Backend Engineer at Nordlys Logistics, bullet 1");
        assertThat(report.suggestions()).extracting(AtsSuggestion::skill).doesNotContain("Terraform", "Java");
        assertThat(report.reasons(AtsCategory.DATES)).extracting(AtsReason::status).containsOnly(Status.OK);
        assertThat(report.categories()).filteredOn(c -> c.category() != AtsCategory.PREFERRED_SKILLS)
                .allSatisfy(c -> assertThat(c.points()).as(c.category().name()).isEqualTo(c.max()));
        // Terraform, the one wish of the posting, is missing: every other category is full
        assertThat(report.points(AtsCategory.PREFERRED_SKILLS)).isZero();
        assertThat(report.score()).isEqualTo(90);
    }

    @Test
    void aPostingRecordIsCheckedByItsTitleAndDescription() {
        JobPosting posting = JobPosting.builder().source("t").title("Kotlin Developer")
                .descriptionText("Requirements: Kotlin, Docker and Git.").build();
        AtsReport report = checker.check(stored(SyntheticResume.resume(), List.of(), 1), posting);
        assertThat(report.reasons(AtsCategory.REQUIRED_SKILLS)).extracting(AtsReason::text)
                .contains("Found required skill Kotlin (Skills section).", "Found required skill Docker (Skills section).");
        assertThatThrownBy(() -> checker.check(stored(SyntheticResume.resume(), List.of(), 1), "  "))
                .hasMessageContaining("Paste the job description");
    }

    @Test
    void datesThatDoNotAddUp() {
        Resume resume = withJobs(SyntheticResume.resume(), List.of(
                job("Backwards", ResumeDate.of(2021, 5), ResumeDate.of(2020, 1), false),
                job("Future", ResumeDate.of(2025, 1), null, true),
                job("First", ResumeDate.of(2015, 1), ResumeDate.of(2016, 12), false),
                job("Overlapping", ResumeDate.of(2016, 6), ResumeDate.of(2017, 6), false),
                job("After a gap", ResumeDate.of(2019, 1), ResumeDate.of(2020, 12), false),
                job("Undated", null, null, false)));
        AtsReport report = checker.check(stored(resume, List.of(), 1), JOB);

        assertThat(report.reasons(AtsCategory.DATES)).extracting(AtsReason::status, AtsReason::text).contains(
                org.assertj.core.groups.Tuple.tuple(Status.PROBLEM, "Backwards at Acme ends (2020-01) before it starts (2021-05)."),
                org.assertj.core.groups.Tuple.tuple(Status.PROBLEM, "Future at Acme starts in the future (2025-01)."),
                org.assertj.core.groups.Tuple.tuple(Status.WARNING, "Overlapping at Acme overlaps First at Acme by 6 months."
                        + " Fine if you held both jobs; otherwise check the dates."),
                org.assertj.core.groups.Tuple.tuple(Status.WARNING, "A gap of 18 months between Overlapping at Acme and"
                        + " After a gap at Acme. Be ready to explain it, or add what you did then."),
                org.assertj.core.groups.Tuple.tuple(Status.WARNING, "Undated at Acme has no start date; ATS and recruiters"
                        + " expect a month and year."));
        assertThat(report.points(AtsCategory.DATES)).isLessThan(2);
    }

    @Test
    void yearOnlyDatesNeitherOverlapNorLeaveGaps() {
        Resume resume = withJobs(SyntheticResume.resume(), List.of(
                job("One", ResumeDate.of(2018), ResumeDate.of(2019), false),
                job("Two", ResumeDate.of(2020), ResumeDate.of(2024), false)));
        AtsReport report = checker.check(stored(resume, List.of(), 1), JOB);
        assertThat(report.reasons(AtsCategory.DATES)).extracting(AtsReason::status).containsOnly(Status.OK);
    }

    @Test
    void missingSectionsContactDetailsAndRisksCostPoints() {
        Resume bare = new Resume(new Contact("Sam Example", null, null, null, List.of()), null, null,
                List.of(job("Clerk", ResumeDate.of(2020, 1), null, true)), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        List<ParseRisk> risks = List.of(new ParseRisk(ParseRisk.Kind.MULTI_COLUMN, "The page is laid out in columns."),
                new ParseRisk(ParseRisk.Kind.HEADER_FOOTER_TEXT, "Text sits in the page header."));
        AtsReport report = checker.check(stored(bare, risks, 3), JOB);

        assertThat(report.reasons(AtsCategory.SECTIONS)).extracting(AtsReason::text).contains(
                "Found the Experience section.", "No Education section found. ATS look for a heading named \u201cEducation\u201d.");
        assertThat(report.points(AtsCategory.SECTIONS)).isEqualTo(4);
        assertThat(report.reasons(AtsCategory.CONTACT)).extracting(AtsReason::status)
                .containsExactly(Status.OK, Status.PROBLEM, Status.PROBLEM, Status.PROBLEM);
        assertThat(report.points(AtsCategory.CONTACT)).isEqualTo(3);
        assertThat(report.reasons(AtsCategory.LENGTH)).singleElement().extracting(AtsReason::status).isEqualTo(Status.PROBLEM);
        assertThat(report.reasons(AtsCategory.PARSE_RISKS)).extracting(AtsReason::text).containsExactly(
                "The page is laid out in columns. Use a single-column layout (the export button makes one).",
                "Text sits in the page header. Put contact details in the page body, not the header or footer.");
        assertThat(report.points(AtsCategory.PARSE_RISKS)).isEqualTo(7);
        assertThat(report.score()).isLessThan(30);
    }

    @Test
    void writingAdviceNamesWeakVerbsBulletsWithoutNumbersAndLongBullets() {
        String longBullet = "Coordinated " + "the many moving parts of a large office relocation ".repeat(4).strip();
        Resume resume = withJobs(SyntheticResume.resume(), List.of(new ExperienceEntry("Assistant", "Acme", null,
                ResumeDate.of(2020, 1), null, true, List.of("Helped with onboarding new staff", "Cut costs by 12%", longBullet))));
        List<WritingAdvice> advice = new RuleBasedAdvisor().advise(resume, null);

        assertThat(advice).filteredOn(a -> a.where().equals("Experience: Assistant at Acme, bullet 1"))
                .extracting(WritingAdvice::kind).containsExactly(WritingAdvice.Kind.WEAK_VERB, WritingAdvice.Kind.NO_NUMBER);
        assertThat(advice.get(0).advice()).startsWith("\u201cHelped with\u201d says you were near the work");
        assertThat(advice).filteredOn(a -> a.where().endsWith("bullet 2")).isEmpty();
        assertThat(advice).filteredOn(a -> a.kind() == WritingAdvice.Kind.TOO_LONG).singleElement()
                .satisfies(a -> assertThat(a.advice()).contains("37 words"));
    }
}
