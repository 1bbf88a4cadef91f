package dev.careeragent.ui;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.testing.SyntheticResume;
import dev.careeragent.ui.desktop.Theme;
import dev.careeragent.ui.jobs.JobsPage;
import dev.careeragent.ui.jobs.JobsSeed;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.resume.ResumeFeature;
import dev.careeragent.ui.shell.MainWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the main window headless (Monocle) into PNGs for the README:
 * {@code java -cp <test classpath> dev.careeragent.ui.Screenshots assets/screenshots}.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.lcdtext", "false");
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);

        try (AppContext seeded = context(true)) {
            MainWindow window = onFx(() -> window(seeded));
            CountDownLatch done = new CountDownLatch(1);
            seeded.tasks().execute(BackgroundTask.of("Refreshing job postings", task -> {
                task.updateProgress(2, 5);
                Thread.sleep(100);
                task.updateMessage("Page 2 of 5");
                done.await(1, TimeUnit.MINUTES);
                return null;
            }));
            shoot(seeded, window, Theme.LIGHT, PageIds.DASHBOARD, out.resolve("dashboard-light.png"));
            shoot(seeded, window, Theme.DARK, PageIds.DASHBOARD, out.resolve("dashboard-dark.png"));
            done.countDown();
            shoot(seeded, window, Theme.LIGHT, PageIds.SETTINGS, out.resolve("settings-light.png"));
            shoot(seeded, window, Theme.DARK, PageIds.ABOUT, out.resolve("about-dark.png"));
            onFx(() -> {
                window.stage().close();
                return null;
            });
        }
        try (AppContext jobs = context(false)) {
            JobsSeed.seed(jobs);
            MainWindow window = onFx(() -> {
                MainWindow w = new MainWindow(new Stage(), TestApp.services(jobs), java.util.List.of(JobsPage.page()));
                w.stage().setWidth(1280);
                w.stage().setHeight(800);
                w.show();
                return w;
            });
            onFx(() -> window.navigate(PageIds.JOBS));
            Thread.sleep(1500);
            onFx(() -> {
                javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) window.scene().lookup("#jobs-table");
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (table.getItems().get(i).toString().contains("Power Monitoring")) {
                        table.getSelectionModel().select(i);
                        table.scrollTo(Math.max(0, i - 2));
                    }
                }
                return null;
            });
            shoot(jobs, window, Theme.LIGHT, PageIds.JOBS, out.resolve("jobs-light.png"));
            onFx(() -> {
                window.stage().close();
                return null;
            });
        }
        try (AppContext empty = context(false)) {
            MainWindow window = onFx(() -> window(empty));
            shoot(empty, window, Theme.LIGHT, PageIds.DASHBOARD, out.resolve("welcome-light.png"));
        }
        try (AppContext resume = context(false)) {
            // A made-up person's resume: the corpus resumes belong to real people.
            resume.resumeService().importBytes(SyntheticResume.pdf(), "maya-lindqvist-resume.pdf", null, "Backend roles");
            MainWindow window = onFx(() -> window(resume));
            shoot(resume, window, Theme.LIGHT, PageIds.RESUME, out.resolve("resume-light.png"));
        }
        Platform.exit();
    }

    private static AppContext context(boolean seeded) throws IOException {
        Path dir = Files.createTempDirectory("career-agent-screens");
        AppContext context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        if (seeded) {
            TestApp.seed(context, 2, 148, 12);
        }
        return context;
    }

    private static MainWindow window(AppContext context) {
        MainWindow window = new MainWindow(new Stage(), TestApp.services(context));
        ResumeFeature.install(window, TestApp.services(context));
        window.show();
        return window;
    }

    private static void shoot(AppContext context, MainWindow window, Theme theme, String page, Path file) throws Exception {
        onFx(() -> {
            context.settings().put(Theme.KEY, theme);
            window.navigate(page);
            return null;
        });
        Thread.sleep(1500);
        if (PageIds.RESUME.equals(page)) { // wait for the PDF preview, rendered in the background
            int idle = 0;
            for (int i = 0; i < 240 && idle < 4; i++) { // idle for 2 s: loading, opening and rendering are done
                Thread.sleep(500);
                idle = context.tasks().running().isEmpty() ? idle + 1 : 0;
            }
        }
        onFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(window.scene().snapshot(null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        System.out.println("Wrote " + file);
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
