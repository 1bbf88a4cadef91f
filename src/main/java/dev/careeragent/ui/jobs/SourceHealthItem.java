package dev.careeragent.ui.jobs;

import dev.careeragent.sources.catalog.SourceCatalog;
import dev.careeragent.sources.fetch.SourceHealth;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A source's health as the Jobs page and Settings show it (texts ready to display; "-" when never). */
public record SourceHealthItem(String sourceId, String name, String lastSuccess, String lastError, String pausedUntil,
        boolean paused) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The health as it reads at {@code now} (a pause that has ended shows as not paused). */
    public static SourceHealthItem of(SourceHealth h, Instant now) {
        String name = SourceCatalog.entry(h.sourceId()).map(SourceCatalog.Entry::displayName).orElse(h.sourceId());
        boolean paused = h.isPausedAt(now);
        return new SourceHealthItem(h.sourceId(), name, time(h.lastSuccess()),
                h.lastError() == null ? "-" : time(h.lastErrorAt()) + ": " + h.lastError(),
                paused ? time(h.pausedUntil()) : "-", paused);
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
