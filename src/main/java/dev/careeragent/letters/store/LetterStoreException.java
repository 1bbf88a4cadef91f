package dev.careeragent.letters.store;

/** A cover letter could not be read or saved; the message says so in the user's terms. */
public final class LetterStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LetterStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
