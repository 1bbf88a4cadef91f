package dev.careeragent.letters.store;

import java.time.Instant;
import java.util.Set;

/** One saved version of a job's cover letter. */
public record StoredLetter(long id, long jobPostingId, int version, Long resumeVersionId, String tone, String length,
                           String language, String writtenBy, String body, Set<String> confirmedClaims, Instant createdAt) {

    public StoredLetter {
        confirmedClaims = Set.copyOf(confirmedClaims);
    }
}
