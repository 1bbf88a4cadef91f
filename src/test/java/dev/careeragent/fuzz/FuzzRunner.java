package dev.careeragent.fuzz;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one input through a reader on a worker thread and judges the outcome: a result, or the reader's clear
 * exception with a one-line message, within {@link #CPU_BUDGET_MS} of CPU time. Anything else is a finding:
 * another exception or error ("crash"), a message with a stack trace or class name in it ("unclear"), or too much
 * CPU or no end within {@link #WALL_LIMIT_MS} ("hang").
 */
final class FuzzRunner implements AutoCloseable {

    static final long CPU_BUDGET_MS = 5_000;
    static final long WALL_LIMIT_MS = 60_000;
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** How one input ended; {@code finding} is false for a result or a clear line in time. */
    record Verdict(boolean finding, String outcome, long cpuMillis) {
    }

    private ExecutorService worker = newWorker();

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-reader");
            t.setDaemon(true);
            return t;
        });
    }

    Verdict run(FuzzTarget target, byte[] input) {
        long cpuStart = PROCESS.getProcessCpuTime();
        Future<Object> reading = worker.submit(() -> target.reader().read(input));
        String outcome;
        boolean finding;
        try {
            reading.get(WALL_LIMIT_MS, TimeUnit.MILLISECONDS);
            outcome = "parsed";
            finding = false;
        } catch (TimeoutException e) {
            reading.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the stuck thread is a daemon; later inputs get a fresh one
            return new Verdict(true, "hang: no end after " + WALL_LIMIT_MS / 1000 + " s", cpuMillis(cpuStart));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String message = String.valueOf(cause.getMessage());
            boolean clear = target.clearFailure().isInstance(cause) && !message.isBlank() && !message.contains("\n")
                    && !message.contains("Exception") && !message.contains("java.");
            finding = !clear;
            outcome = (clear ? "clear: " : target.clearFailure().isInstance(cause) ? "unclear: " : "crash: ")
                    + cause.getClass().getSimpleName() + ": " + message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Fuzzing was interrupted", e);
        }
        long cpu = cpuMillis(cpuStart);
        if (cpu > CPU_BUDGET_MS) {
            return new Verdict(true, "hang: " + cpu + " ms CPU (" + outcome + ")", cpu);
        }
        return new Verdict(finding, outcome, cpu);
    }

    private static long cpuMillis(long cpuStart) {
        return (PROCESS.getProcessCpuTime() - cpuStart) / 1_000_000;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
