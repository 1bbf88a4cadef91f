package dev.careeragent.ui.jobs;

import dev.careeragent.context.AppContext;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.match.CorpusPostings;
import dev.careeragent.match.CorpusResumes;
import dev.careeragent.match.MatchProgress;
import dev.careeragent.resume.store.ResumeVersion;
import dev.careeragent.resume.store.ResumeVersionRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * Real corpus postings stored and scored against a real corpus resume (a Java developer), as the app does once a
 * primary resume is chosen. One posting is stored after scoring, so it stays unscored.
 */
final class ScoredJobsSeed {

    static final String RESUME = "resumes/pdf/resume-matcher__john_doe.pdf";
    static final List<String> JOBS = List.of("jobs/pdf/resume-matcher__job_desc_java_developer.pdf",
            "jobs/pdf/resume-matcher__job_desc_front_end_engineer.pdf", "jobs/json/ashby/stapply__ashby_Coder.json#8",
            "jobs/json/ashby/stapply__ashby_Coder.json#9", "jobs/text/resume-matcher-e2e__ml-eng.txt");
    static final String UNSCORED = "jobs/text/resume-matcher-e2e__backend-eng.txt";

    private ScoredJobsSeed() {
    }

    /** Returns the stored postings, the unscored one last. */
    static List<JobPosting> seed(AppContext context) {
        List<JobPosting> scored = new ArrayList<>();
        for (String ref : JOBS) {
            scored.add(context.postings().save(CorpusPostings.load(ref).toBuilder().source("test").sourceId(ref).build()));
        }
        long version = new ResumeVersionRepository(context.database()).save(new ResumeVersion("Java CV",
                context.clock().instant(), "john_doe.pdf", "PDF", null, "{}", null)).getId();
        context.matching().useResume(version, context.resumeProfiles().from(CorpusResumes.parse(RESUME), List.of(),
                RESUME, CorpusResumes.TODAY));
        context.matching().scoreAll(scored, MatchProgress.NONE, () -> false);
        List<JobPosting> all = new ArrayList<>(scored);
        all.add(context.postings().save(CorpusPostings.load(UNSCORED).toBuilder().source("test").sourceId(UNSCORED).build()));
        return all;
    }
}
