package dev.careeragent.core.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a task, times it, reports progress (throttled) and its outcome; subclasses choose the thread. */
abstract class AbstractTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(AbstractTaskExecutor.class);
    private static final long PROGRESS_INTERVAL_NANOS = Duration.ofMillis(50).toNanos();

    private final Executor callbacks;
    private final Consumer<Exception> unhandledErrors;
    private final Clock clock;
    private final List<TaskListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<BackgroundTask<?>, Long> running = new ConcurrentHashMap<>();
    private final Map<BackgroundTask<?>, Long> lastProgress = new ConcurrentHashMap<>();
    private final TaskTimings timings = new TaskTimings();
    private final Set<BackgroundTask<?>> trailing = ConcurrentHashMap.newKeySet();

    /** One shared daemon thread delivers throttled progress updates late rather than never. */
    private static final ScheduledExecutorService TRAILING_FLUSH = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "career-agent-progress");
        thread.setDaemon(true);
        return thread;
    });

    AbstractTaskExecutor(Executor callbacks, Consumer<Exception> unhandledErrors, Clock clock) {
        this.callbacks = callbacks;
        this.unhandledErrors = unhandledErrors;
        this.clock = clock;
    }

    @Override
    public List<BackgroundTask<?>> running() {
        return running.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .<BackgroundTask<?>>map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public void addListener(TaskListener listener) {
        listeners.add(listener);
    }

    @Override
    public TaskTimings timings() {
        return timings;
    }

    <V> TaskHandle<V> prepare(BackgroundTask<V> task) {
        task.attach(this::progressChanged);
        running.put(task, System.nanoTime());
        callbacks.execute(() -> listeners.forEach(l -> l.started(task)));
        return new TaskHandle<>(task, new CompletableFuture<>());
    }

    <V> void run(TaskHandle<V> handle) {
        BackgroundTask<V> task = handle.task();
        long start = System.nanoTime();
        TaskOutcome outcome;
        V value = null;
        try {
            task.checkCancelled();
            value = task.run();
            outcome = task.isCancelled() ? TaskOutcome.CANCELLED : TaskOutcome.SUCCEEDED;
        } catch (TaskCancelledException cancelled) {
            outcome = TaskOutcome.CANCELLED;
        } catch (Exception error) {
            outcome = TaskOutcome.failed(error);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.debug("Task '{}' {} in {} ms", task.title(), outcome.kind(), took.toMillis());
        timings.record(new TaskTimings.Timing(task.title(), Instant.now(clock), took, outcome.kind()));
        running.remove(task);
        lastProgress.remove(task);
        TaskOutcome ended = outcome;
        V result = value;
        callbacks.execute(() -> complete(handle, ended, result));
    }

    private <V> void complete(TaskHandle<V> handle, TaskOutcome outcome, V value) {
        BackgroundTask<V> task = handle.task();
        try {
            switch (outcome.kind()) {
                case SUCCEEDED -> task.succeeded(value);
                case FAILED -> {
                    if (!task.failed(outcome.error())) {
                        LOG.error("Task '{}' failed", task.title(), outcome.error());
                        unhandledErrors.accept(outcome.error());
                    }
                }
                case CANCELLED -> LOG.info("Task '{}' cancelled", task.title());
            }
            task.finished();
        } finally {
            listeners.forEach(l -> l.finished(task, outcome));
            switch (outcome.kind()) {
                case SUCCEEDED -> handle.result().complete(value);
                case FAILED -> handle.result().completeExceptionally(outcome.error());
                case CANCELLED -> handle.result().completeExceptionally(new TaskCancelledException(task.title()));
            }
        }
    }

    /**
     * Forwards progress at most every 50 ms per task. An update that arrives sooner is not lost: one
     * trailing notification is scheduled for the end of the interval, so listeners always see the latest state.
     */
    private void progressChanged(BackgroundTask<?> task) {
        long now = System.nanoTime();
        Long last = lastProgress.get(task);
        if (last == null || now - last >= PROGRESS_INTERVAL_NANOS) {
            lastProgress.put(task, now);
            notifyProgress(task);
        } else if (trailing.add(task)) {
            TRAILING_FLUSH.schedule(() -> {
                trailing.remove(task);
                if (running.containsKey(task)) {
                    lastProgress.put(task, System.nanoTime());
                    notifyProgress(task);
                }
            }, PROGRESS_INTERVAL_NANOS - (now - last), TimeUnit.NANOSECONDS);
        }
    }

    private void notifyProgress(BackgroundTask<?> task) {
        callbacks.execute(() -> listeners.forEach(l -> l.progressed(task)));
    }
}
