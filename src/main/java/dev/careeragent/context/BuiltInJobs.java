package dev.careeragent.context;

import dev.careeragent.analytics.DailySnapshotJob;
import dev.careeragent.analytics.SnapshotService;
import dev.careeragent.jobs.stale.StalePostings;
import dev.careeragent.match.AutoScoring;
import dev.careeragent.notify.DigestJob;
import dev.careeragent.notify.FollowUpJob;
import dev.careeragent.notify.OutboxDeliveryJob;
import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.schedule.PlannedJob;
import dev.careeragent.schedule.ScheduledJob;
import dev.careeragent.schedule.Scheduler;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the jobs every installation runs (email delivery, daily digest, follow-ups, stale-posting archive,
 * analytics snapshot); each job's work lives in its feature. Wiring only.
 */
final class BuiltInJobs {

    private static final Logger LOG = LoggerFactory.getLogger(BuiltInJobs.class);

    private final List<ScheduledJob> jobs;
    private final DigestJob digest;
    private String digestSchedule;

    BuiltInJobs(StalePostings stale, SnapshotService snapshots, OutboxDeliveryJob outbox, DigestJob digest,
            FollowUpJob followUps, List<ScheduledJob> featureJobs) {
        this.digest = digest;
        this.jobs = Stream.concat(Stream.of(outbox, digest, followUps, stale.job(), DailySnapshotJob.of(snapshots)),
                featureJobs.stream()).toList();
    }

    /** Every built-in job, as listed before the app first registered them (e.g. by {@code schedule status}). */
    static List<PlannedJob> plans(NotificationSettings notifications) {
        return List.of(OutboxDeliveryJob.PLAN, DigestJob.plan(notifications), FollowUpJob.PLAN, StalePostings.PLAN,
                DailySnapshotJob.PLAN, AutoScoring.CATCH_UP);
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
