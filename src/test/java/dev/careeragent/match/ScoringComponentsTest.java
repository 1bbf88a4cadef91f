package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.profile.RemotePreference;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each component on small hand-made postings (fast stand-in embedder); corpus behaviour is in the corpus tests. */
class ScoringComponentsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static MatchEngine engine;
    private static ResumeFeatures backend;

    @BeforeAll
    static void setUp() {
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        engine = new MatchEngine(taxonomy, new SkillExtractor(taxonomy),
                new EmbeddingCache(new TestEmbedders.BagOfWords(), new InMemoryVectorStore()));
        MatchProfile profile = new MatchProfile("test", List.of(new MatchProfile.Section("Summary",
                "Backend developer building Java and Spring Boot services with PostgreSQL and Docker")),
                List.of(skill("Java", 6), skill("Spring Boot", 4), skill("PostgreSQL", 4), skill("Docker", 0), skill("JavaScript", 2)),
                List.of("Senior Backend Developer", "Backend Developer"), 7, List.of("Backend Developer"));
        backend = engine.prepare(profile);
    }

    private static MatchProfile.SkillEvidence skill(String name, double years) {
        return new MatchProfile.SkillEvidence(name, "Skills", name, years);
    }

    private static MatchResult score(JobPosting posting, MatchPreferences prefs) {
        engine.index(Map.of(1L, engine.analyze(posting)));
        return engine.score(1L, backend, prefs, MatchWeights.defaults(), TODAY.toEpochDay()).orElseThrow();
    }

    private static JobPosting.Builder job(String title, String text) {
        return JobPosting.builder().title(title).descriptionText(text);
    }

    @Test
    void requiredSkillsFoundMissingAndRelatedAreSeparated() {
        MatchExplanation why = score(job("Backend Developer", """
                Requirements:
                - 3+ years of experience with Java and PostgreSQL
                - Experience with Rust
                - Experience with TypeScript
                """).build(), MatchPreferences.none()).explanation();
        assertThat(why.matchedSkills()).contains("Java", "PostgreSQL");
        assertThat(why.missingRequired()).contains("Rust").doesNotContain("Java", "TypeScript");
        assertThat(why.partialMatches()).anySatisfy(m -> {
            assertThat(m.skill()).isEqualTo("TypeScript");
            assertThat(m.via()).isEqualTo("JavaScript");
            assertThat(m.required()).isTrue();
        });
    }

    @Test
    void havingTheSkillsScoresHigherThanMissingThem() {
        String[] texts = {"Requirements:\n- Java\n- Spring Boot\n- PostgreSQL", "Requirements:\n- Rust\n- Elixir\n- Haskell"};
        double matching = score(job("Software Engineer", texts[0]).build(), MatchPreferences.none()).points(MatchComponent.SKILLS);
        double missing = score(job("Software Engineer", texts[1]).build(), MatchPreferences.none()).points(MatchComponent.SKILLS);
        assertThat(matching).isGreaterThan(missing + 15);
    }

    @Test
    void fewerYearsThanAskedLowerTheCreditAndSaySo() {
        MatchResult result = score(job("Backend Developer", "Requirements:\n- 10+ years of experience with Spring Boot").build(),
                MatchPreferences.none());
        assertThat(result.explanation().reasons()).anyMatch(r -> r.contains("Fewer years than asked: Spring Boot"));
    }

    @Test
    void seniorityAndTitleDriveFit() {
        double sameRole = score(job("Senior Backend Developer", "Build services.").build(), MatchPreferences.none()).points(MatchComponent.FIT);
        double intern = score(job("Marketing Intern", "Build campaigns.").build(), MatchPreferences.none()).points(MatchComponent.FIT);
        assertThat(sameRole).isGreaterThan(intern);
        assertThat(Seniority.fromText("Sr. Data Engineer")).contains(Seniority.SENIOR);
        assertThat(Seniority.fromText("Associate Director, Platform")).contains(Seniority.PRINCIPAL);
        assertThat(Seniority.fromText("Software Engineer Intern")).contains(Seniority.INTERN);
        assertThat(Seniority.fromText("Mid-Senior level")).contains(Seniority.SENIOR);
        assertThat(Seniority.PRINCIPAL.fitFor(Seniority.JUNIOR)).isLessThan(Seniority.JUNIOR.fitFor(Seniority.PRINCIPAL));
    }

    @Test
    void remotePreferenceAsPenaltyTakesPointsOffAndExplains() {
        JobPosting onSite = job("Backend Developer", "Requirements:\n- Java").remote(RemoteMode.ON_SITE).build();
        MatchPreferences wantsRemote = new MatchPreferences(RemotePreference.REMOTE, PreferenceMode.PENALTY, List.of(), null,
                null, null, null, List.of(), null, 30);
        MatchResult free = score(onSite, MatchPreferences.none());
        MatchResult penalised = score(onSite, wantsRemote);
        assertThat(penalised.excluded()).isFalse();
        assertThat(penalised.score()).isLessThan(free.score() - 10);
        assertThat(penalised.explanation().penalties()).singleElement().satisfies(p -> {
            assertThat(p.preference()).isEqualTo("Work mode");
            assertThat(p.points()).isEqualTo(MatchWeights.defaults().remotePenalty());
        });
        assertThat(penalised.explanation().reasons()).anyMatch(r -> r.contains("On-site job; you want remote work"));
    }

    @Test
    void aTargetLevelCostsHalfItsPenaltyOneLevelOffAndAllOfItFurther() {
        MatchPreferences senior = new MatchPreferences(RemotePreference.ANY, PreferenceMode.IGNORE, List.of(), null, null, null,
                null, List.of(), null, 30, Seniority.SENIOR, PreferenceMode.PENALTY, List.of(), List.of());
        double full = MatchWeights.defaults().levelPenalty();
        assertThat(score(job("Senior Backend Developer", "Java").build(), senior).explanation().penalties()).isEmpty();
        assertThat(score(job("Lead Backend Developer", "Java").build(), senior).explanation().penalties())
                .singleElement().satisfies(p -> assertThat(p.points()).isEqualTo(full / 2));
        MatchResult junior = score(job("Junior Backend Developer", "Java").build(), senior);
        assertThat(junior.explanation().penalties()).singleElement().satisfies(p -> {
            assertThat(p.preference()).isEqualTo("Level");
            assertThat(p.points()).isEqualTo(full);
        });
        assertThat(junior.explanation().reasons()).contains("-10 points: Junior-level job; you aim for senior level");
        assertThat(score(job("Backend Developer", "Java").build(), senior).explanation().penalties())
                .as("a job that names no level is not judged").isEmpty();
    }

    @Test
    void hardFiltersExcludeAndUnknownFactsAreNotHeldAgainstAPosting() {
        MatchPreferences strict = new MatchPreferences(RemotePreference.ANY, PreferenceMode.IGNORE, List.of("Berlin"),
                PreferenceMode.FILTER, 60_000L, "EUR", PreferenceMode.FILTER, List.of("Full-time"), PreferenceMode.FILTER, 30);
        JobPosting lowPay = job("Backend Developer", "Java").location("Berlin, Germany").salaryMax(new BigDecimal("2500"))
                .salaryPeriod(JobPosting.SalaryPeriod.MONTH).salaryCurrency("EUR").employmentType("Full-time").build();
        MatchResult filtered = score(lowPay, strict);
        assertThat(filtered.excluded()).isTrue();
        assertThat(filtered.score()).isZero();
        assertThat(filtered.explanation().penalties()).extracting(MatchExplanation.Penalty::preference).containsExactly("Salary");

        JobPosting elsewhere = lowPay.toBuilder().location("Paris, France").salaryMax(new BigDecimal("90000"))
                .salaryPeriod(JobPosting.SalaryPeriod.YEAR).employmentType("Contract").build();
        assertThat(score(elsewhere, strict).explanation().penalties()).extracting(MatchExplanation.Penalty::preference)
                .containsExactlyInAnyOrder("Location", "Employment type");

        JobPosting unknown = job("Backend Developer", "Java").build();
        MatchResult judged = score(unknown, strict);
        assertThat(judged.excluded()).isFalse();
        assertThat(judged.explanation().penalties()).isEmpty();
    }

    @Test
    void withoutPreferencesTheShareIsNeutralNotFree() {
        MatchResult result = score(job("Backend Developer", "Java").postedDate(TODAY.minusDays(2)).build(), MatchPreferences.none());
        assertThat(result.points(MatchComponent.PREFERENCES)).as("no \"Your preferences: 10 points\" for nothing set").isZero();
        assertThat(result.explanation().penalties()).isEmpty();
    }

    @Test
    void stalePostingsLoseTheRecencyShare() {
        // recency counts beside a preference that applies to the job (here: remote, met by both)
        MatchPreferences recency = new MatchPreferences(RemotePreference.REMOTE, PreferenceMode.PENALTY, List.of(),
                PreferenceMode.PENALTY, null, null, PreferenceMode.PENALTY, List.of(), PreferenceMode.PENALTY, 30);
        double fresh = score(job("Backend Developer", "Java").remote(RemoteMode.REMOTE).postedDate(TODAY.minusDays(2)).build(),
                recency).points(MatchComponent.PREFERENCES);
        double stale = score(job("Backend Developer", "Java").remote(RemoteMode.REMOTE).postedDate(TODAY.minusDays(120)).build(),
                recency).points(MatchComponent.PREFERENCES);
        assertThat(fresh).isGreaterThan(stale).isGreaterThan(0);
    }

    @Test
    void skillGapsCountMissingSkillsAcrossTheTopMatches() {
        MatchExplanation needsK8s = new MatchExplanation(List.of("Java"), List.of("Kubernetes"), List.of(), List.of(), List.of(),
                Map.of(), List.of());
        MatchExplanation needsGo = new MatchExplanation(List.of("Java"), List.of("Go"), List.of("Kubernetes"), List.of(), List.of(),
                Map.of(), List.of());
        List<MatchResult> results = List.of(new MatchResult(1, "a", 80, false, needsK8s, "h"),
                new MatchResult(2, "b", 70, false, needsGo, "h"), new MatchResult(3, "c", 10, false, needsGo, "h"));
        List<SkillGap> gaps = SkillGaps.of(results, 2);
        assertThat(gaps.get(0).skill()).isEqualTo("Kubernetes");
        assertThat(gaps.get(0).share()).isEqualTo(1.0);
        assertThat(gaps.get(0).describe()).isEqualTo("Kubernetes appears in 100% of your top 2 matches; your resume doesn't show it.");
        assertThat(gaps).extracting(SkillGap::skill).containsExactly("Kubernetes", "Go");
    }
}
