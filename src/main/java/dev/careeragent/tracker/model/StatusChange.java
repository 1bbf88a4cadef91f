package dev.careeragent.tracker.model;

import java.time.Instant;

/** One dated step in an application's history; {@code from} is null for the first. */
public record StatusChange(long id, long applicationId, ApplicationStatus from, ApplicationStatus to, Instant at, String note) {
}
