package dev.careeragent.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadPoolTaskExecutorTest {

    private final List<Exception> unhandled = new CopyOnWriteArrayList<>();

    @Test
    void runsOnNamedDaemonThreadsAndRecordsTimings() throws Exception {
        try (ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor(2, Runnable::run, unhandled::add, Clock.systemUTC())) {
            TaskHandle<Thread> handle = executor.execute(BackgroundTask.of("which thread", () -> Thread.currentThread()));
            Thread thread = handle.result().get(5, TimeUnit.SECONDS);
            assertThat(thread.getName()).startsWith("career-agent-task-");
            assertThat(thread.isDaemon()).isTrue();
            assertThat(executor.timings().recent()).extracting(TaskTimings.Timing::title).contains("which thread");
        }
    }

    @Test
    void cancelStopsLongWorkAndReportsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<TaskOutcome.Kind> outcomes = new CopyOnWriteArrayList<>();
        try (ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor(1, Runnable::run, unhandled::add, Clock.systemUTC())) {
            executor.addListener(new TaskListener() {
                @Override
                public void finished(BackgroundTask<?> task, TaskOutcome outcome) {
                    outcomes.add(outcome.kind());
                }
            });
            TaskHandle<Integer> handle = executor.execute(BackgroundTask.<Integer>of("endless", task -> {
                started.countDown();
                while (true) {
                    task.checkCancelled();
                    Thread.sleep(5);
                }
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(executor.running()).hasSize(1);
            handle.cancel();
            assertThatThrownBy(() -> handle.result().get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TaskCancelledException.class);
            assertThat(outcomes).containsExactly(TaskOutcome.Kind.CANCELLED);
            assertThat(executor.running()).isEmpty();
            assertThat(unhandled).isEmpty();
        }
    }

    @Test
    void anUnhandledFailureIsSurfacedAndTheRunnerKeepsWorking() throws Exception {
        try (ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor(1, Runnable::run, unhandled::add, Clock.systemUTC())) {
            TaskHandle<Object> failing = executor.execute(BackgroundTask.of("broken", () -> {
                throw new IllegalStateException("boom");
            }));
            assertThatThrownBy(() -> failing.result().get(5, TimeUnit.SECONDS)).hasRootCauseMessage("boom");
            assertThat(unhandled).extracting(Exception::getMessage).containsExactly("boom");
            assertThat(executor.execute(BackgroundTask.of("after", () -> 42)).result().get(5, TimeUnit.SECONDS)).isEqualTo(42);
        }
    }

    @Test
    void throttledProgressStillDeliversTheLatestState() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch lastSeen = new CountDownLatch(1);
        try (ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor(1, Runnable::run, unhandled::add, Clock.systemUTC())) {
            executor.addListener(new TaskListener() {
                @Override
                public void progressed(BackgroundTask<?> task) {
                    seen.add(task.message());
                    if (task.message().equals("step 100")) {
                        lastSeen.countDown();
                    }
                }
            });
            executor.execute(BackgroundTask.<Void>of("burst", task -> {
                for (int i = 1; i <= 100; i++) {
                    task.updateMessage("step " + i);
                }
                release.await(5, TimeUnit.SECONDS);
                return null;
            }));
            assertThat(lastSeen.await(5, TimeUnit.SECONDS)).as("the last update arrives after the throttle interval").isTrue();
            assertThat(seen.size()).as("a burst is coalesced").isLessThan(10);
            release.countDown();
        }
    }
}
