package dev.careeragent.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real corpus resumes against real corpus postings, with the real embedding model. */
class JavaDeveloperMatchTest {

    private static final String JAVA_JOB = "jobs/pdf/resume-matcher__job_desc_java_developer.pdf";
    private static final String FRONT_END_JOB = "jobs/pdf/resume-matcher__job_desc_front_end_engineer.pdf";
    private static final String FPA_MANAGER = "jobs/json/ashby/stapply__ashby_Coder.json#8";
    private static final String MARKETING_MANAGER = "jobs/json/ashby/stapply__ashby_Coder.json#9";
    private static final String ML_JOB = "jobs/text/resume-matcher-e2e__ml-eng.txt";
    private static final List<String> JOBS = List.of(JAVA_JOB, FRONT_END_JOB, FPA_MANAGER, MARKETING_MANAGER, ML_JOB);

    private static MatchEngine engine;
    private static SkillExtractor extractor;

    @BeforeAll
    static void index() {
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        extractor = new SkillExtractor(taxonomy);
        engine = new MatchEngine(taxonomy, extractor, new EmbeddingCache(TestEmbedders.real(), new InMemoryVectorStore()));
        Map<Long, PostingFeatures> features = new LinkedHashMap<>();
        for (int i = 0; i < JOBS.size(); i++) {
            JobPosting posting = CorpusPostings.load(JOBS.get(i));
            features.put((long) i, engine.analyze(posting));
        }
        engine.index(features);
    }

    private static MatchResult score(ResumeFeatures resume, String job) {
        return engine.score(JOBS.indexOf(job), resume, MatchPreferences.none(), MatchWeights.defaults(),
                CorpusResumes.TODAY.toEpochDay()).orElseThrow();
    }

    @Test
    void aJavaDeveloperRanksTheJavaJobFirstWithTheRightSkills() {
        ResumeFeatures javaDev = engine.prepare(CorpusResumes.profile("resumes/pdf/resume-matcher__john_doe.pdf", extractor));
        MatchResult java = score(javaDev, JAVA_JOB);

        assertThat(java.score()).isGreaterThan(score(javaDev, FPA_MANAGER).score() + 25)
                .isGreaterThan(score(javaDev, MARKETING_MANAGER).score() + 25)
                .isGreaterThan(score(javaDev, ML_JOB).score() + 15)
                .isGreaterThan(score(javaDev, FRONT_END_JOB).score());
        MatchExplanation why = java.explanation();
        assertThat(why.matchedSkills()).contains("Java", "Java EE", "Hibernate", "Spring MVC", "SQL");
        assertThat(why.missingRequired()).contains("Design Patterns").doesNotContain("Java", "Hibernate");
        assertThat(why.partialMatches()).extracting(MatchExplanation.PartialMatch::skill).contains("JPA");
        assertThat(why.reasons()).anyMatch(r -> r.startsWith("Shows ") && r.contains("required skills"))
                .anyMatch(r -> r.contains("Missing required:") && r.contains("Design Patterns"));
        assertThat(why.points().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(java.score(),
                org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void anAccountantRanksTheFinanceJobAboveTheDeveloperJobs() {
        ResumeFeatures accountant = engine.prepare(CorpusResumes.profile("resumes/pdf/soupboss__01-Accountant.pdf", extractor));
        double fpa = score(accountant, FPA_MANAGER).score();
        assertThat(fpa).isGreaterThan(score(accountant, JAVA_JOB).score())
                .isGreaterThan(score(accountant, FRONT_END_JOB).score())
                .isGreaterThan(score(accountant, ML_JOB).score());
    }

    @Test
    void theMlEngineerPostingExplainsWhatAJavaDeveloperLacks() {
        ResumeFeatures javaDev = engine.prepare(CorpusResumes.profile("resumes/pdf/resume-matcher__john_doe.pdf", extractor));
        MatchExplanation why = score(javaDev, ML_JOB).explanation();
        assertThat(why.missingRequired()).contains("PyTorch", "Machine Learning");
        assertThat(why.matchedSkills()).doesNotContain("PyTorch");
    }
}
