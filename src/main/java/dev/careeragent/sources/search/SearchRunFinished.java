package dev.careeragent.sources.search;

import java.time.Instant;

/** A search the user started by hand (not a scheduled one) ended; the run history records it. */
public record SearchRunFinished(String title, Instant startedAt, SearchRunResult result) {
}
