package dev.careeragent.clip;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The clip server's worker threads, each exchange with a deadline for receiving its request. The JDK server reads
 * the request line, headers and body on these threads from an interruptible channel, so a client that sends slowly
 * (one byte a second, or a header that never ends) is cut off when the deadline rings instead of holding a worker
 * for ever. Once the handler has the whole request it calls {@link #requestReceived()}; its own work is not limited.
 */
final class RequestDeadlines implements Executor, AutoCloseable {

    private final ExecutorService workers;
    private final ScheduledExecutorService watchdog;
    private final long readMillis;
    private final ThreadLocal<Alarm> current = new ThreadLocal<>();

    RequestDeadlines(int threads, Duration readBudget) {
        this.readMillis = readBudget.toMillis();
        this.workers = Executors.newFixedThreadPool(threads, daemon("clip-api"));
        this.watchdog = Executors.newSingleThreadScheduledExecutor(daemon("clip-api-deadlines"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void execute(Runnable exchange) {
        workers.execute(() -> {
            Alarm alarm = new Alarm(Thread.currentThread());
            alarm.arm(watchdog.schedule(alarm::ring, readMillis, TimeUnit.MILLISECONDS));
            current.set(alarm);
            try {
                exchange.run();
            } finally {
                current.remove();
                alarm.disarm();
                Thread.interrupted(); // a ring that came before the disarm must not reach the next exchange
            }
        });
    }

    /** Called by the handler on its worker thread: the request is in, the read deadline no longer applies. */
    void requestReceived() {
        Alarm alarm = current.get();
        if (alarm != null) {
            alarm.disarm();
        }
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        workers.shutdownNow();
    }

    private static final class Alarm {
        private final Thread worker;
        private boolean armed = true;
        private ScheduledFuture<?> bell;

        Alarm(Thread worker) {
            this.worker = worker;
        }

        synchronized void arm(ScheduledFuture<?> scheduled) {
            bell = scheduled;
        }

        synchronized void ring() {
            if (armed) {
                armed = false;
                worker.interrupt(); // closes the channel the request is read from
            }
        }

        synchronized void disarm() {
            armed = false;
            if (bell != null) {
                bell.cancel(false);
            }
        }
    }
}
