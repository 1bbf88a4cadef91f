package dev.careeragent.resume.ats;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.model.PostingChoice;
import dev.careeragent.resume.store.PostingChoiceRepository;
import java.util.List;

/** The ATS check on stored data: a resume version against a saved posting or pasted text. Call it off the UI thread. */
public final class AtsService {

    private final ResumeService resumes;
    private final AtsChecker checker;
    private final JobPostingRepository postings;
    private final PostingChoiceRepository choices;

    public AtsService(ResumeService resumes, AtsChecker checker, JobPostingRepository postings, PostingChoiceRepository choices) {
        this.resumes = resumes;
        this.checker = checker;
        this.postings = postings;
        this.choices = choices;
    }

    /** Recent active postings to choose from. */
    public List<PostingChoice> postings(int limit) {
        return choices.recent(limit);
    }

    public AtsReport checkAgainstPosting(long versionId, long postingId) {
        JobPosting posting = postings.find(postingId).orElseThrow(() -> new IllegalArgumentException(
                "There is no saved job posting " + postingId + " any more. Choose another one or paste the job text."));
        return checker.check(resumes.load(versionId), posting);
    }

    public AtsReport checkAgainstText(long versionId, String jobText) {
        return checker.check(resumes.load(versionId), jobText);
    }
}
