package dev.careeragent.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskCancelledException;
import dev.careeragent.core.task.TaskHandle;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskStatusViewModelTest {

    @Test
    void showsTheOldestRunningTaskCountsTheOthersAndCancels() throws Exception {
        try (ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor(2, Runnable::run, e -> { }, Clock.systemUTC())) {
            TaskStatusViewModel model = new TaskStatusViewModel(tasks);
            assertThat(model.busyProperty().get()).isFalse();
            CountDownLatch release = new CountDownLatch(1);

            TaskHandle<Object> first = tasks.execute(BackgroundTask.of("Importing resume", task -> {
                task.updateMessage("Reading page 1");
                while (!task.isCancelled()) {
                    Thread.sleep(10);
                }
                task.checkCancelled();
                return null;
            }));
            TaskHandle<Object> second = tasks.execute(BackgroundTask.of("Searching jobs", () -> {
                release.await(5, TimeUnit.SECONDS);
                return null;
            }));

            assertThat(model.busyProperty().get()).isTrue();
            assertThat(model.countProperty().get()).isEqualTo(2);
            assertThat(model.titleProperty().get()).isEqualTo("Importing resume");

            model.cancelCurrent();
            assertThatThrownBy(() -> first.result().get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(TaskCancelledException.class);
            assertThat(model.countProperty().get()).isEqualTo(1);
            assertThat(model.titleProperty().get()).isEqualTo("Searching jobs");

            release.countDown();
            second.result().get(5, TimeUnit.SECONDS);
            assertThat(model.busyProperty().get()).isFalse();
            assertThat(model.titleProperty().get()).isEmpty();
        }
    }
}
