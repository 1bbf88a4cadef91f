package dev.careeragent.core.guard;

/**
 * The deadline of the document being read on this thread. Readers call {@link #check()} in their loops, so a
 * document that takes too long stops at the next check instead of running on after its caller gave up.
 */
public final class ReadBudget {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private ReadBudget() {
    }

    static void start(long deadlineNanos) {
        DEADLINE.set(deadlineNanos);
    }

    static void end() {
        DEADLINE.remove();
    }

    /** Throws {@link BudgetExceededException} when the time is up or the reading thread was interrupted. */
    public static void check() {
        Long deadline = DEADLINE.get();
        if (deadline != null && (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted())) {
            throw new BudgetExceededException();
        }
    }

    /** Thrown inside a reader whose time is up; the watchdog turns it into the caller's message. */
    public static final class BudgetExceededException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceededException() {
            super("the time budget for reading this document is used up", null, false, false);
        }
    }
}
