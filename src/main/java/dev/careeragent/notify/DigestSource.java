package dev.careeragent.notify;

import java.time.Instant;

/** Supplies the digest's content (match and tracker data); the composition root implements it. */
@FunctionalInterface
public interface DigestSource {

    /** The best matches first seen after {@code since}, and today's follow-ups. */
    DigestContent collect(Instant since, int maxMatches);
}
