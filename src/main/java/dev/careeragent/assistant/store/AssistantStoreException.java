package dev.careeragent.assistant.store;

/** A conversation could not be read or written; the message says so for the user. */
public final class AssistantStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AssistantStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
