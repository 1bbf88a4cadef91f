package dev.careeragent.store;

import java.nio.file.Path;
import java.util.Optional;

/** The database could not be opened; {@link #userMessage()} says what happened and what to do. */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why opening failed. */
    public enum Problem { CORRUPT, LOCKED, TOO_NEW, MIGRATION_FAILED, IO, READ_ONLY_FILE, READ_ONLY_FOLDER }

    private final Problem problem;
    private final transient Path latestBackup;

    public DatabaseException(Problem problem, String message, Path latestBackup, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.latestBackup = latestBackup;
    }

    public Problem problem() {
        return problem;
    }

    public Optional<Path> latestBackup() {
        return Optional.ofNullable(latestBackup);
    }

    /** A message for a person, not a programmer: what happened, what they can do. */
    public String userMessage() {
        String advice = switch (problem) {
            case CORRUPT -> latestBackup != null
                    ? "You can restore the latest backup (" + latestBackup.getFileName() + "); the damaged file is kept aside."
                    : "No backup exists yet. The damaged file is untouched; move it away to start with an empty database.";
            case LOCKED -> "Another program is using it. Close other copies of Career Agent (or tools that opened the file) and try again.";
            case TOO_NEW -> "It was written by a newer version of Career Agent. Install that version or newer.";
            case MIGRATION_FAILED -> "Nothing was changed in your data; a backup was taken first. Please report this error.";
            case IO -> "Check that the data folder exists, is writable and the disk is not full.";
            case READ_ONLY_FILE -> "Give your user write permission on the file (for example with chmod u+w), or copy it"
                    + " into a writable folder and start with --data-dir.";
            case READ_ONLY_FOLDER -> "Give your user write permission on the folder (SQLite writes its journal beside the"
                    + " database), or choose another folder with --data-dir or CAREER_AGENT_HOME.";
        };
        return getMessage() + " " + advice;
    }
}
