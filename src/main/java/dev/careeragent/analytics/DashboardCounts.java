package dev.careeragent.analytics;

/** What the Dashboard shows at a glance. */
public record DashboardCounts(long resumeVersions, long activePostings, long applications) {

    /** True for a new user who has not imported or found anything yet. */
    public boolean isEmpty() {
        return resumeVersions == 0 && activePostings == 0 && applications == 0;
    }
}
