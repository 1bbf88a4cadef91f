package dev.careeragent.notify;

import java.time.Instant;

/** Hook for the tracker: an upcoming interview; {@code place} is an address or a meeting link. */
public record InterviewReminder(long interviewId, String company, String title, Instant at, String place, String notes) {
}
