package dev.careeragent.tracker;

import dev.careeragent.tracker.model.ApplicationStatus;
/** Event: an application was created, moved, edited or removed (the board, table and charts refresh on it). */
public record ApplicationChanged(long applicationId, ApplicationStatus status) {
}
