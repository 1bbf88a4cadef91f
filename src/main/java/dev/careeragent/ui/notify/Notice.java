package dev.careeragent.ui.notify;

/** One in-window notification; {@code postingId} is set for match alerts (clicking opens the posting). */
public record Notice(Kind kind, String title, String text, Long postingId) {

    /** What the notice is about; the view colours it by kind. */
    public enum Kind { MATCH, FOLLOW_UP, PROBLEM }
}
