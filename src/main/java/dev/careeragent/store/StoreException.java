package dev.careeragent.store;

import java.sql.SQLException;

/**
 * A read or write of a feature's tables failed. Each feature's store throws its own subclass, so callers (UI,
 * CLI) catch that feature's exception and never see {@link SQLException}. The message says what failed and
 * what the user can do about it.
 */
public abstract class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param action what was being done, as the user would say it ("save the job", "search the jobs") */
    protected StoreException(String action, Exception cause) {
        super("Could not " + action + ". " + advice(cause), cause);
    }

    /** What the SQLite result code means for the user (codes from sqlite.org/rescode.html). */
    static String advice(Exception cause) {
        if (!(cause instanceof SQLException e)) {
            return "The database answered: " + cause.getMessage() + ". If it keeps happening, please report it.";
        }
        return switch (e.getErrorCode() & 0xff) {
            case 5, 6 -> "Another program is writing to the database; close other copies of Career Agent and try again.";
            case 8 -> "The database file is read-only; check the data folder's permissions.";
            case 10, 14 -> "The database file could not be read or written; check that the data folder exists and is writable.";
            case 11, 26 -> "The database file is damaged; restore a backup from Settings > Data.";
            case 13 -> "The disk is full; free some space and try again.";
            default -> "The database answered: " + e.getMessage() + ". If it keeps happening, please report it.";
        };
    }
}
