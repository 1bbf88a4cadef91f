package dev.careeragent.ui.notify;

/**
 * One in-window notification; {@code postingId} is set for match alerts and clipped jobs (clicking opens the posting),
 * {@code applicationId} for reminders about an application (clicking opens it on the Applications page).
 */
public record Notice(Kind kind, String title, String text, Long postingId, Long applicationId) {

    public Notice(Kind kind, String title, String text, Long postingId) {
        this(kind, title, text, postingId, null);
    }

    /** What the notice is about (MATCH: a job to look at; FOLLOW_UP: a reminder); the view colours it by kind. */
    public enum Kind { MATCH, FOLLOW_UP, PROBLEM }
}
