package dev.careeragent.notify;

import java.time.Instant;

/** Hook for the tracker: an application changed status. {@code fromStatus} may be null for a new application. */
public record StatusUpdate(long applicationId, String company, String title, String fromStatus, String toStatus,
        String note, Instant changedAt) {
}
