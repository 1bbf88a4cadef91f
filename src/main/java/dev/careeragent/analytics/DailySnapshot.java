package dev.careeragent.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** The counts of one day, for trend charts: active, new and archived postings, resumes, applications by status. */
public record DailySnapshot(LocalDate day, Instant takenAt, long postings, long newPostings, long archivedPostings,
        long resumes, long applications, Map<String, Long> applicationsByStatus) {

    public DailySnapshot {
        applicationsByStatus = Map.copyOf(applicationsByStatus);
    }
}
