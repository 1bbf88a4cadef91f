package dev.careeragent.notify;

import java.time.Instant;
import java.util.List;

/** Supplies open applications whose status last changed in ({@code after}, {@code until}]; the composition root implements it. */
@FunctionalInterface
public interface FollowUpSource {

    List<DigestContent.FollowUp> quietBetween(Instant after, Instant until);
}
