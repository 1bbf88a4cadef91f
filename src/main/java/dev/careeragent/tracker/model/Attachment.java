package dev.careeragent.tracker.model;

import java.time.Instant;

/** A file kept with an application; {@code storedPath} is relative to the data folder. */
public record Attachment(long id, long applicationId, String fileName, String storedPath, Instant addedAt) {
}
