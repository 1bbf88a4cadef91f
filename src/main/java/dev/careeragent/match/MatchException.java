package dev.careeragent.match;

/** Matching could not be done; the message says what happened and what to do, in plain words. */
public class MatchException extends RuntimeException {

    public MatchException(String message) {
        super(message);
    }

    public MatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
