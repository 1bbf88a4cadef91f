package dev.careeragent.core.task;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** The app's task runner: a small pool of named daemon threads; callbacks go to the given executor (FX thread). */
public final class ThreadPoolTaskExecutor extends AbstractTaskExecutor {

    private final ExecutorService pool;

    public ThreadPoolTaskExecutor(int threads, Executor callbacks, Consumer<Exception> unhandledErrors, Clock clock) {
        super(callbacks, unhandledErrors, clock);
        this.pool = Executors.newFixedThreadPool(threads, namedDaemons());
    }

    @Override
    public <V> TaskHandle<V> execute(BackgroundTask<V> task) {
        TaskHandle<V> handle = prepare(task);
        pool.execute(() -> run(handle));
        return handle;
    }

    @Override
    public void close() {
        running().forEach(BackgroundTask::cancel);
        pool.shutdownNow();
    }

    private static ThreadFactory namedDaemons() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "career-agent-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
