package dev.careeragent.jobs.stale;

import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.PlannedJob;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.ScheduledJob;
import dev.careeragent.schedule.model.RunCounts;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.function.IntSupplier;

/**
 * Archives (never deletes) the postings no source has shown for the stale period (Settings > Job sources, default
 * 30 days); saved ones stay. Runs nightly as a scheduled job and after every manual search.
 */
public final class StalePostings {

    public static final String JOB_KEY = "archive-stale";
    public static final PlannedJob PLAN = new PlannedJob(JOB_KEY, "Archive stale postings",
            Schedule.dailyAt(LocalTime.of(3, 30), Duration.ofMinutes(30)));

    private final JobPostingRepository postings;
    private final IntSupplier staleAfterDays;
    private final Clock clock;

    public StalePostings(JobPostingRepository postings, IntSupplier staleAfterDays, Clock clock) {
        this.postings = postings;
        this.staleAfterDays = staleAfterDays;
        this.clock = clock;
    }

    /** Returns how many postings were archived. */
    public int archive() {
        return postings.archiveNotSeenSince(clock.instant().minus(Duration.ofDays(staleAfterDays.getAsInt())));
    }

    /** The nightly run (03:30, may start up to 30 minutes late). */
    public ScheduledJob job() {
        return ScheduledJob.of(PLAN.key(), PLAN.name(), PLAN.schedule(),
                context -> {
                    int archived = archive();
                    return JobResult.succeeded(new RunCounts(archived, 0, 0), "Archived " + archived
                            + " posting(s) no source has shown for " + staleAfterDays.getAsInt() + " days");
                });
    }
}
