package dev.careeragent.ui.notify;

/** One in-window notification; {@code postingId} is set for match alerts and clipped jobs (clicking opens the posting). */
public record Notice(Kind kind, String title, String text, Long postingId) {

    /** What the notice is about (MATCH: a job to look at; FOLLOW_UP: a reminder); the view colours it by kind. */
    public enum Kind { MATCH, FOLLOW_UP, PROBLEM }
}
