package dev.careeragent.analytics;

/** Analytics data could not be read or kept; the message says what and why. */
public final class AnalyticsException extends RuntimeException {

    public AnalyticsException(String message, Throwable cause) {
        super(message, cause);
    }
}
