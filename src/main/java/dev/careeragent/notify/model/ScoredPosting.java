package dev.careeragent.notify.model;

import java.util.Locale;

/**
 * A stored posting with its match score (0-100), as alerts and digests list it. Only an http or https link is
 * kept (emails put it into href); any other scheme (javascript:, data:, file:) becomes no link.
 */
public record ScoredPosting(long postingId, int score, String title, String company, String location, String link) {

    public ScoredPosting {
        String lower = link == null ? "" : link.strip().toLowerCase(Locale.ROOT);
        link = lower.startsWith("https://") || lower.startsWith("http://") ? link.strip() : null;
    }
}
