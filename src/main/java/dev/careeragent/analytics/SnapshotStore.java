package dev.careeragent.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where the daily status counts are counted and kept; {@code analytics.store} implements it over SQLite. */
public interface SnapshotStore {

    /** Counts today's numbers; new postings and applications are those between {@code from} and {@code until}. */
    DailySnapshot count(LocalDate day, Instant takenAt, Instant from, Instant until);

    void save(DailySnapshot snapshot);

    List<DailySnapshot> between(LocalDate first, LocalDate last);
}
