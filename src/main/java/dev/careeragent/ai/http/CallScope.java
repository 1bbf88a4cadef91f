package dev.careeragent.ai.http;

import java.util.function.BooleanSupplier;

/**
 * What the HTTP client needs to know about the call running on this thread: whether the user cancelled it, and
 * where to note the time spent waiting for the server. The connector opens a scope around each model call;
 * the langchain4j clients call the HTTP client on that same thread.
 */
public final class CallScope implements AutoCloseable {

    private static final ThreadLocal<CallScope> CURRENT = new ThreadLocal<>();

    private final BooleanSupplier cancelled;
    private final CallScope outer;
    private long serverNanos;
    private int attempts;
    private String lastRetryNote = "";

    private CallScope(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        this.outer = CURRENT.get();
    }

    public static CallScope open(BooleanSupplier cancelled) {
        CallScope scope = new CallScope(cancelled);
        CURRENT.set(scope);
        return scope;
    }

    static CallScope current() {
        CallScope scope = CURRENT.get();
        return scope != null ? scope : new CallScope(() -> false);
    }

    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    /** Time between sending requests and their last byte arriving, summed over attempts. */
    public long serverNanos() {
        return serverNanos;
    }

    public int attempts() {
        return attempts;
    }

    /** Why the last retry happened ("HTTP 429, waited 1.0 s"), empty when there was none. */
    public String lastRetryNote() {
        return lastRetryNote;
    }

    void addServerNanos(long nanos) {
        serverNanos += nanos;
    }

    void attempted() {
        attempts++;
    }

    void retried(String note) {
        lastRetryNote = note;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
