package dev.careeragent.analytics;

import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.resume.store.ResumeVersionRepository;
import dev.careeragent.tracker.TrackerService;

/** Counts for the Dashboard, straight from the database. Call it off the UI thread. */
public final class DashboardService {

    private final ResumeVersionRepository resumes;
    private final JobPostingRepository postings;
    private final TrackerService applications;

    public DashboardService(ResumeVersionRepository resumes, JobPostingRepository postings, TrackerService applications) {
        this.resumes = resumes;
        this.postings = postings;
        this.applications = applications;
    }

    public DashboardCounts counts() {
        return new DashboardCounts(resumes.count(), postings.countActive(), applications.count());
    }
}
