package dev.careeragent.notify;

import java.time.Instant;

/**
 * Hook for the tracker: an upcoming interview; {@code place} is an address or a meeting link; {@code applicationId}
 * lets a notice open the application it belongs to.
 */
public record InterviewReminder(long interviewId, long applicationId, String company, String title, Instant at, String place, String notes) {
}
