package dev.careeragent.tracker.model;

/** The tracker could not read or write its data; the message says what failed in words for the user. */
public final class TrackerException extends RuntimeException {

    public TrackerException(String message, Throwable cause) {
        super(message, cause);
    }

    public TrackerException(String message) {
        super(message);
    }
}
