package dev.careeragent.jobs;

import java.time.Instant;

/** One place a job was listed: the source, its id there, the listing URL, the source's attribution text. */
public record PostingLink(String source, String sourceId, String url, String attribution, Instant firstSeen,
        Instant lastSeen) {
}
