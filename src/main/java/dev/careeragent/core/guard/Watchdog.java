package dev.careeragent.core.guard;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one document read on its own thread under a time budget. The caller gets the result, or a
 * {@link Failure} as soon as the reader has used its budget of CPU time (on an idle machine that is the same
 * wall-clock time; a machine busy with other work gets up to {@value #WALL_FACTOR} times as long), whatever the
 * reader does: loops too long, recurses too deep, runs out of memory or throws. The reader thread is
 * interrupted and stops at its next {@link ReadBudget#check()}.
 */
public final class Watchdog {

    /** Deep enough for any real document; a hostile nesting still ends in a StackOverflowError, caught here. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final int WALL_FACTOR = 8;
    private static final long POLL_MILLIS = 50;

    private final Duration budget;

    public Watchdog(Duration budget) {
        this.budget = budget;
    }

    /** The work's value; any other outcome is a {@link Failure} whose cause says what happened. */
    public <T> T run(Callable<T> work) throws Failure {
        CompletableFuture<T> result = new CompletableFuture<>();
        long cpuBudget = budget.toNanos();
        Thread reader = new Thread(null, () -> {
            ReadBudget.start(cpuBudget);
            try {
                result.complete(work.call());
            } catch (Throwable t) { // NOPMD: every error of a reader, StackOverflowError and OOM included, is reported
                result.completeExceptionally(t);
            } finally {
                ReadBudget.end();
            }
        }, "document-reader-" + COUNT.incrementAndGet(), STACK_BYTES);
        reader.setDaemon(true);
        reader.start();
        long wallDeadline = System.nanoTime() + cpuBudget * WALL_FACTOR;
        try {
            while (true) {
                try {
                    return result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long cpu = ReadBudget.cpuNanos(reader);
                    boolean overCpu = cpu >= 0 ? cpu > cpuBudget + POLL_MILLIS * 1_000_000L
                            : System.nanoTime() - (wallDeadline - cpuBudget * (WALL_FACTOR - 1)) > 0;
                    if (overCpu || System.nanoTime() - wallDeadline > 0) {
                        reader.interrupt();
                        throw new Failure(Reason.TIME, e);
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            Reason reason = cause instanceof ReadBudget.BudgetExceededException ? Reason.TIME
                    : cause instanceof StackOverflowError ? Reason.NESTING
                    : cause instanceof OutOfMemoryError ? Reason.MEMORY : Reason.ERROR;
            throw new Failure(reason, cause);
        } catch (InterruptedException e) {
            reader.interrupt();
            Thread.currentThread().interrupt();
            throw new Failure(Reason.INTERRUPTED, e);
        }
    }

    public Duration budget() {
        return budget;
    }

    /** Why a read did not give a value. */
    public enum Reason { TIME, NESTING, MEMORY, ERROR, INTERRUPTED }

    /** A read that did not give a value; {@link #getCause()} is the reader's own error for {@link Reason#ERROR}. */
    public static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        Failure(Reason reason, Throwable cause) {
            super(reason.name().toLowerCase(java.util.Locale.ROOT), cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
