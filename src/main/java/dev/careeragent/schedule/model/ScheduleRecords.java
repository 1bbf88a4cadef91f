package dev.careeragent.schedule.model;

import java.util.List;


/** What the status views read from storage: the jobs' states, "pause all" and the run history. */
public interface ScheduleRecords {

    /** Every job with a stored state; {@code running} is set for jobs with an unfinished run. */
    List<JobStatus> jobs();

    boolean allPaused();

    /** The newest runs, of one job or of all ({@code jobKeyOrNull} null), newest first. */
    List<RunRecord> recentRuns(String jobKeyOrNull, int limit);
}
