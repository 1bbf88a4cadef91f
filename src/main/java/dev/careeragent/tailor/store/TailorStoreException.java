package dev.careeragent.tailor.store;

/** The tailored_resume table could not be read or written; the message says so for the user. */
public final class TailorStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TailorStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
