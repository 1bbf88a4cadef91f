package dev.careeragent.context;

import dev.careeragent.analytics.DailySnapshot;
import dev.careeragent.analytics.SnapshotService;
import dev.careeragent.jobs.JobPostingRepository;
import dev.careeragent.notify.DigestJob;
import dev.careeragent.notify.FollowUpJob;
import dev.careeragent.notify.OutboxDeliveryJob;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.RunCounts;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.ScheduledJob;
import dev.careeragent.schedule.Scheduler;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The jobs every installation runs: email delivery, daily digest, follow-ups, stale-posting archive, analytics snapshot. */
final class BuiltInJobs {

    private static final Logger LOG = LoggerFactory.getLogger(BuiltInJobs.class);
    static final String ARCHIVE_KEY = "archive-stale";
    static final String SNAPSHOT_KEY = "analytics-snapshot";
    /** A posting no source has shown for this long is archived (never deleted). */
    static final Duration STALE_AFTER = Duration.ofDays(30);

    private final List<ScheduledJob> jobs;
    private final DigestJob digest;
    private String digestSchedule;

    BuiltInJobs(JobPostingRepository postings, SnapshotService snapshots, OutboxDeliveryJob outbox, DigestJob digest,
            FollowUpJob followUps, List<ScheduledJob> featureJobs) {
        this.digest = digest;
        ScheduledJob archive = ScheduledJob.of(ARCHIVE_KEY, "Archive stale postings",
                Schedule.dailyAt(LocalTime.of(3, 30), Duration.ofMinutes(30)), context -> {
                    int archived = postings.archiveNotSeenSince(context.now().minus(STALE_AFTER));
                    return JobResult.succeeded(new RunCounts(archived, 0, 0), "Archived " + archived
                            + " posting(s) no source has shown for " + STALE_AFTER.toDays() + " days");
                });
        ScheduledJob snapshot = ScheduledJob.of(SNAPSHOT_KEY, "Daily statistics snapshot",
                Schedule.dailyAt(LocalTime.NOON, Duration.ofMinutes(30)), context -> {
                    DailySnapshot taken = snapshots.takeToday();
                    return JobResult.succeeded(new RunCounts(0, 0, 0), "Snapshot of " + taken.day() + ": "
                            + taken.postings() + " active postings, " + taken.newPostings() + " new, "
                            + taken.applications() + " applications");
                });
        this.jobs = java.util.stream.Stream.concat(java.util.stream.Stream.of(outbox, digest, followUps, archive, snapshot),
                featureJobs.stream()).toList();
    }

    synchronized void registerAll(Scheduler scheduler) {
        jobs.forEach(scheduler::register);
        digestSchedule = digest.schedule().describe();
    }

    /** Settings changed: when the digest time is a new one, the digest job is registered again with it. */
    synchronized void digestTimeChanged(Scheduler scheduler) {
        try {
            String now = digest.schedule().describe();
            if (digestSchedule != null && !now.equals(digestSchedule)) {
                scheduler.register(digest);
                digestSchedule = now;
                LOG.info("The daily digest is now sent {}", now);
            }
        } catch (IllegalArgumentException e) {
            LOG.warn("The digest time in the settings is not valid ({}); the digest keeps its old time", e.getMessage());
        }
    }
}
