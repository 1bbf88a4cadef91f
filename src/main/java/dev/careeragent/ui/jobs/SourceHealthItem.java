package dev.careeragent.ui.jobs;

/** A source's health as the Jobs page shows it (texts ready to display; "-" when never). */
public record SourceHealthItem(String sourceId, String name, String lastSuccess, String lastError, String pausedUntil,
        boolean paused) {
}
