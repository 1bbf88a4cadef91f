package dev.careeragent.core.guard;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The budget of the document being read on this thread, in CPU time (a busy machine slows a read down but
 * does not make it fail). Readers call {@link #check()} in their loops, so a document that needs too much
 * stops at the next check instead of running on after its caller gave up.
 */
public final class ReadBudget {

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<Long> BUDGET = new ThreadLocal<>();

    private ReadBudget() {
    }

    static void start(long cpuNanos) {
        BUDGET.set(cpuNanos);
    }

    static void end() {
        BUDGET.remove();
    }

    /** CPU time this thread has used, or -1 where the JVM cannot tell. */
    static long cpuNanos(Thread thread) {
        return THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(thread.getId()) : -1;
    }

    /** Throws {@link BudgetExceededException} when the budget is used up or the reading thread was interrupted. */
    public static void check() {
        Long budget = BUDGET.get();
        if (budget != null && (Thread.currentThread().isInterrupted() || cpuNanos(Thread.currentThread()) > budget)) {
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
