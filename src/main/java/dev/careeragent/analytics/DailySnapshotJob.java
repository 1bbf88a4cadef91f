package dev.careeragent.analytics;

import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.PlannedJob;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.ScheduledJob;
import dev.careeragent.schedule.model.RunCounts;
import java.time.Duration;
import java.time.LocalTime;

/** The scheduled daily statistics snapshot (noon, may start up to 30 minutes late). */
public final class DailySnapshotJob {

    public static final String KEY = "analytics-snapshot";
    public static final PlannedJob PLAN = new PlannedJob(KEY, "Daily statistics snapshot",
            Schedule.dailyAt(LocalTime.NOON, Duration.ofMinutes(30)));

    private DailySnapshotJob() {
    }

    public static ScheduledJob of(SnapshotService snapshots) {
        return ScheduledJob.of(PLAN.key(), PLAN.name(), PLAN.schedule(),
                context -> {
                    DailySnapshot taken = snapshots.takeToday();
                    return JobResult.succeeded(new RunCounts(0, 0, 0), "Snapshot of " + taken.day() + ": "
                            + taken.postings() + " active postings, " + taken.newPostings() + " new, "
                            + taken.applications() + " applications");
                });
    }
}
