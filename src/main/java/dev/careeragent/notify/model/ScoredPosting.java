package dev.careeragent.notify.model;

/** A stored posting with its match score (0-100), as alerts and digests list it. */
public record ScoredPosting(long postingId, int score, String title, String company, String location, String link) {
}
