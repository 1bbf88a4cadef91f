package dev.careeragent.sources.store;

import dev.careeragent.store.StoreException;

/** Reading or writing what the app remembers about the job sources failed; the message says what to do. */
public final class SourceStoreException extends StoreException {

    private static final long serialVersionUID = 1L;

    public SourceStoreException(String action, Exception cause) {
        super(action, cause);
    }
}
