package dev.careeragent.ai;

/** A language-model call that did not give an answer, with a sentence the user can act on. */
public final class LlmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, so callers can decide (fall back, offer a retry, say "cancelled"). */
    public enum Kind { NOT_CONFIGURED, UNREACHABLE, TIMEOUT, RATE_LIMITED, SERVER_ERROR, REJECTED, MALFORMED, CUT_OFF, CANCELLED }

    private final Kind kind;

    public LlmException(Kind kind, String userMessage, Throwable cause) {
        super(userMessage, cause);
        this.kind = kind;
    }

    public LlmException(Kind kind, String userMessage) {
        this(kind, userMessage, null);
    }

    public Kind kind() {
        return kind;
    }
}
