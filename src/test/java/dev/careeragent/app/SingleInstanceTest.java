package dev.careeragent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {

    @TempDir
    Path dir;

    @Test
    void aSecondLaunchBringsTheFirstToTheFrontInsteadOfStarting() throws Exception {
        CountDownLatch activated = new CountDownLatch(1);
        Optional<SingleInstance> first = SingleInstance.acquire(dir.resolve("instance.lock"), dir.resolve("instance.port"),
                activated::countDown);
        assertThat(first).isPresent();

        Optional<SingleInstance> second = SingleInstance.acquire(dir.resolve("instance.lock"), dir.resolve("instance.port"),
                () -> { });

        assertThat(second).isEmpty();
        assertThat(activated.await(5, TimeUnit.SECONDS)).as("first instance was asked to show itself").isTrue();
        first.get().close();

        Optional<SingleInstance> afterExit = SingleInstance.acquire(dir.resolve("instance.lock"), dir.resolve("instance.port"),
                () -> { });
        assertThat(afterExit).as("the lock is free once the first instance quits").isPresent();
        afterExit.get().close();
    }

    @Test
    void aSecondLaunchOpenedWithFilesHandsThemToTheRunningInstance() throws Exception {
        CompletableFuture<List<Path>> opened = new CompletableFuture<>();
        try (SingleInstance first = SingleInstance.acquire(dir.resolve("instance.lock"), dir.resolve("instance.port"),
                List.of(), opened::complete).orElseThrow()) {
            List<Path> resumes = List.of(dir.resolve("my resume.pdf"), dir.resolve("cv (2).docx"));

            assertThat(SingleInstance.acquire(dir.resolve("instance.lock"), dir.resolve("instance.port"), resumes,
                    files -> { })).isEmpty();

            assertThat(opened.get(5, TimeUnit.SECONDS)).containsExactlyElementsOf(
                    resumes.stream().map(Path::toAbsolutePath).toList());
        }
    }

    @Test
    void aSecondProcessIsRefusedWhileTheFirstRuns() throws Exception {
        CountDownLatch activated = new CountDownLatch(1);
        try (SingleInstance first = SingleInstance.acquire(dir.resolve("instance.lock"), dir.resolve("instance.port"),
                activated::countDown).orElseThrow()) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SecondLaunch.class.getName(), dir.toString())
                    .inheritIO().start();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("child found the app already running").isEqualTo(3);
            assertThat(activated.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Runs in a child JVM: tries to become the instance. */
    public static final class SecondLaunch {
        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            var instance = SingleInstance.acquire(folder.resolve("instance.lock"), folder.resolve("instance.port"), () -> { });
            System.exit(instance.isPresent() ? 0 : 3);
        }
    }
}
