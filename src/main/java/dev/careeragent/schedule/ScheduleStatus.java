package dev.careeragent.schedule;

import dev.careeragent.schedule.model.JobStatus;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.store.ScheduleRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Read-only view of the scheduler from the database, so it also works from the command line while the
 * app runs elsewhere: jobs with next run and last outcome, and the run history for the Activity page.
 */
public final class ScheduleStatus {

    private final ScheduleRepository repository;

    public ScheduleStatus(ScheduleRepository repository) {
        this.repository = repository;
    }

    /** Every job known to the database, ordered by next due time (paused and never-due jobs last). */
    public List<JobStatus> jobs() {
        Set<String> running = repository.jobsWithOpenRuns();
        return repository.states().values().stream()
                .map(state -> state.toStatus(running.contains(state.getJobKey())))
                .sorted(Comparator.comparing(JobStatus::paused)
                        .thenComparing(JobStatus::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(JobStatus::key))
                .toList();
    }

    public boolean allPaused() {
        return repository.allPaused();
    }

    /** The newest runs of all jobs, newest first. */
    public List<RunRecord> recentRuns(int limit) {
        return repository.recentRuns(null, limit);
    }

    /** The newest runs of one job, newest first. */
    public List<RunRecord> runsOf(String jobKey, int limit) {
        return repository.recentRuns(jobKey, limit);
    }
}
