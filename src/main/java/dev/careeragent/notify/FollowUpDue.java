package dev.careeragent.notify;

/** Event: an open application has had no status change for a while (in-window / tray reminder). */
public record FollowUpDue(long applicationId, String company, String title, String status, long quietDays) {
}
