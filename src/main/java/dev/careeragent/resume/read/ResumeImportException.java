package dev.careeragent.resume.read;

/** A resume file could not be read. The message is written for the user: what happened and what to do. */
public class ResumeImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind { ENCRYPTED, NO_TEXT_LAYER, CORRUPT, TRUNCATED, TOO_LARGE, EMPTY, UNSUPPORTED_FORMAT, ZIP_BOMB, UNREADABLE, TOO_COMPLEX }

    private final Kind kind;

    public ResumeImportException(Kind kind, String message) {
        this(kind, message, null);
    }

    public ResumeImportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
