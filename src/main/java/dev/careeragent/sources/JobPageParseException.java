package dev.careeragent.sources;

/** A page or API answer that cannot be read as job postings; the message says what to do. */
public class JobPageParseException extends RuntimeException {

    public JobPageParseException(String message) {
        super(message);
    }

    public JobPageParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
