package dev.careeragent.core.task;

/** How a task ended; {@code error} is set for {@link Kind#FAILED}. */
public record TaskOutcome(Kind kind, Exception error) {

    public enum Kind { SUCCEEDED, CANCELLED, FAILED }

    static final TaskOutcome SUCCEEDED = new TaskOutcome(Kind.SUCCEEDED, null);
    static final TaskOutcome CANCELLED = new TaskOutcome(Kind.CANCELLED, null);

    static TaskOutcome failed(Exception error) {
        return new TaskOutcome(Kind.FAILED, error);
    }
}
