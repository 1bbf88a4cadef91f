package dev.careeragent.jobs;

import dev.careeragent.store.StoreException;

/** Reading or writing the stored job postings or saved searches failed; the message says what the user can do. */
public final class JobStoreException extends StoreException {

    private static final long serialVersionUID = 1L;

    public JobStoreException(String action, Exception cause) {
        super(action, cause);
    }
}
