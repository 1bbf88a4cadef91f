package dev.careeragent.jobs;

import dev.careeragent.store.StoreException;
import java.sql.SQLException;

/** Reading or writing the stored job postings or saved searches failed; the message says what the user can do. */
public final class JobStoreException extends StoreException {

    private static final long serialVersionUID = 1L;

    public JobStoreException(String action, SQLException cause) {
        super(action, cause);
    }
}
