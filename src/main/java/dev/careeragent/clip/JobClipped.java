package dev.careeragent.clip;

/** Event: a job arrived through the browser clip API; {@code score} is null when no resume is chosen yet. */
public record JobClipped(long postingId, String title, String company, boolean isNew, Double score) {
}
