package dev.careeragent.jobs.dedupe;

import dev.careeragent.jobs.JobPosting;

/** A new posting matched an earlier one; {@code similarity} is the description Jaccard (1 for key matches). */
public record DuplicateMatch(JobPosting existing, DuplicateReason reason, double similarity) {
}
