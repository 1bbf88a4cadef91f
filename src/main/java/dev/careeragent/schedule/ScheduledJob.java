package dev.careeragent.schedule;

import java.util.Objects;

/**
 * A background job the {@link Scheduler} runs on its {@link Schedule}. Keys are stable across restarts
 * ("search:12", "digest", "archive-stale") because run history and state are stored under them.
 */
public interface ScheduledJob {

    String key();

    String displayName();

    Schedule schedule();

    /** Does the work; may throw, which records a FAILED run. Long work calls {@link JobContext#checkCancelled()}. */
    JobResult run(JobContext context) throws Exception;

    /** The work of a job given as a lambda. */
    @FunctionalInterface
    interface Body {
        JobResult run(JobContext context) throws Exception;
    }

    static ScheduledJob of(String key, String displayName, Schedule schedule, Body body) {
        Objects.requireNonNull(key);
        Objects.requireNonNull(displayName);
        Objects.requireNonNull(schedule);
        Objects.requireNonNull(body);
        return new ScheduledJob() {
            @Override public String key() { return key; }
            @Override public String displayName() { return displayName; }
            @Override public Schedule schedule() { return schedule; }
            @Override public JobResult run(JobContext context) throws Exception { return body.run(context); }
        };
    }
}
