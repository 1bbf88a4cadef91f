package dev.careeragent.schedule;

import java.util.Objects;

/** A job every installation has, described before it was ever registered (e.g. on a fresh data folder). */
public record PlannedJob(String key, String name, Schedule schedule) {

    public PlannedJob {
        Objects.requireNonNull(key);
        Objects.requireNonNull(name);
        Objects.requireNonNull(schedule);
    }

    public static PlannedJob of(ScheduledJob job) {
        return new PlannedJob(job.key(), job.displayName(), job.schedule());
    }
}
