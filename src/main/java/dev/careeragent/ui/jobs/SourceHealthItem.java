package dev.careeragent.ui.jobs;

import dev.careeragent.sources.catalog.SourceCatalog;
import dev.careeragent.sources.fetch.Headlines;
import dev.careeragent.sources.fetch.SourceHealth;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A source's health as the Jobs page and Settings show it: {@code lastSuccess} and {@code pausedUntil} are
 * display times ("-" when never), {@code lastError} the full last problem with its time (null when none).
 */
public record SourceHealthItem(String sourceId, String name, String lastSuccess, String lastError, String pausedUntil,
        boolean paused) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The health as it reads at {@code now} (a pause that has ended shows as not paused). */
    public static SourceHealthItem of(SourceHealth h, Instant now) {
        String name = SourceCatalog.entry(h.sourceId()).map(SourceCatalog.Entry::displayName).orElse(h.sourceId());
        boolean paused = h.isPausedAt(now);
        return new SourceHealthItem(h.sourceId(), name, time(h.lastSuccess()),
                h.lastError() == null ? null : time(h.lastErrorAt()) + ": " + h.lastError(),
                paused ? time(h.pausedUntil()) : "-", paused);
    }

    /** True once the source has run (or been paused): sources never run are not listed. */
    public boolean hasHistory() {
        return !lastSuccess.equals("-") || lastError != null || paused;
    }

    /** E.g. "Worked at 2026-03-10 14:02 · paused until 2026-03-10 16:00", or "Has not worked yet". */
    public String summary() {
        return (lastSuccess.equals("-") ? "Has not worked yet" : "Worked at " + lastSuccess)
                + (paused ? " \u00b7 paused until " + pausedUntil : "");
    }

    /** The last problem in one line, e.g. "Problem at 2026-03-10 14:00: No internet connection" (null when none). */
    public String lastErrorHeadline() {
        return lastError == null ? null : "Problem at " + Headlines.firstSentence(lastError);
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
