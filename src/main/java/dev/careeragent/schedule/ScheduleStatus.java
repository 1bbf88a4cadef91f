package dev.careeragent.schedule;

import dev.careeragent.schedule.model.JobStatus;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.model.ScheduleRecords;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Read-only view of the scheduler from storage, so it also works from the command line while the app runs
 * elsewhere: jobs with next run and last outcome, and the run history for the Activity page. Built-in jobs not
 * stored yet (a fresh data folder) are listed too, as never run, with the first run they would get.
 */
public final class ScheduleStatus {

    private final ScheduleRecords records;
    private final Supplier<List<PlannedJob>> planned;
    private final Clock clock;

    public ScheduleStatus(ScheduleRecords records, Supplier<List<PlannedJob>> planned, Clock clock) {
        this.records = records;
        this.planned = planned;
        this.clock = clock;
    }

    /** A view of the stored jobs only. */
    public ScheduleStatus(ScheduleRecords records) {
        this(records, List::of, Clock.systemUTC());
    }

    /** Every job, ordered by next due time (paused and never-due jobs last). */
    public List<JobStatus> jobs() {
        List<JobStatus> jobs = new ArrayList<>(records.jobs());
        Set<String> stored = jobs.stream().map(JobStatus::key).collect(Collectors.toSet());
        SplittableRandom noJitter = new SplittableRandom(0);
        for (PlannedJob job : planned.get()) {
            if (!stored.contains(job.key())) {
                jobs.add(new JobStatus(job.key(), job.name(), job.schedule().describe(),
                        job.schedule().first(clock.instant(), clock.getZone(), noJitter), null, null, null, 0, null,
                        false, false));
            }
        }
        jobs.sort(Comparator.comparing(JobStatus::paused)
                .thenComparing(JobStatus::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(JobStatus::key));
        return jobs;
    }

    public boolean allPaused() {
        return records.allPaused();
    }

    /** The newest runs of all jobs, newest first. */
    public List<RunRecord> recentRuns(int limit) {
        return records.recentRuns(null, limit);
    }

    /** The newest runs of one job, newest first. */
    public List<RunRecord> runsOf(String jobKey, int limit) {
        return records.recentRuns(jobKey, limit);
    }
}
