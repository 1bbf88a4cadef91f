package dev.careeragent.core.task;

import java.util.List;

/** Runs background tasks. The app uses {@link ThreadPoolTaskExecutor}; tests use {@link CurrentThreadTaskExecutor}. */
public interface TaskExecutor extends AutoCloseable {

    <V> TaskHandle<V> execute(BackgroundTask<V> task);

    /** Tasks started and not yet finished, oldest first. */
    List<BackgroundTask<?>> running();

    void addListener(TaskListener listener);

    TaskTimings timings();

    @Override
    void close();
}
