package dev.careeragent.ui;

import dev.careeragent.context.AppContext;
import dev.careeragent.ui.desktop.Theme;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.testing.SyntheticResume;
import dev.careeragent.ui.jobs.JobsSeed;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.shell.MainWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders every page of the main window at 1280x800, light and dark, headless (Monocle), into PNGs:
 * {@code ./mvnw -q -Pscreenshots test-compile exec:exec} writes {@code docs/screenshots/<page>-<theme>.png}.
 * The data is made up (a synthetic resume, applications) plus postings parsed from the corpus when {@code ../shared}
 * is there, made-up postings otherwise.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.lcdtext", "false");
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        try (AppContext context = seeded()) {
            MainWindow window = onFx(() -> {
                MainWindow w = AllPages.window(new Stage(), context);
                w.show();
                w.stage().setWidth(1280);
                w.stage().setHeight(800);
                return w;
            });
            for (String page : onFx(() -> AllPages.pageIds(window))) {
                for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                    shoot(context, window, theme, page, out.resolve(page + "-" + theme.name().toLowerCase(Locale.ROOT) + ".png"));
                }
            }
            onFx(() -> {
                window.stage().close();
                return null;
            });
        }
        Platform.exit();
    }

    private static AppContext seeded() throws Exception {
        Path dir = Files.createTempDirectory("career-agent-screens");
        AppContext context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        try {
            JobsSeed.seed(context);
        } catch (Exception | AssertionError corpusMissing) {
            TestApp.seed(context, 0, 40, 0);
        }
        TestApp.seed(context, 0, 0, 4);
        context.startAutoScoring(); // as the desktop start does: the resume below scores the jobs, as a user sees them
        // A made-up person's resume: the corpus resumes belong to real people.
        context.resumeService().importBytes(SyntheticResume.pdf(), "maya-lindqvist-resume.pdf", null, "Backend roles");
        return context;
    }

    private static void shoot(AppContext context, MainWindow window, Theme theme, String page, Path file) throws Exception {
        onFx(() -> {
            context.settings().put(Theme.KEY, theme);
            window.navigate(page);
            return null;
        });
        settle(context);
        if (PageIds.JOBS.equals(page)) {
            onFx(() -> {
                TableView<?> table = (TableView<?>) window.scene().lookup("#jobs-table");
                if (table != null && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                return null;
            });
            settle(context);
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

    /** Pages load in the background (the resume preview renders there): wait until no task has run for a second. */
    private static void settle(AppContext context) throws InterruptedException {
        int idle = 0;
        for (int i = 0; i < 240 && idle < 4; i++) {
            Thread.sleep(250);
            idle = context.tasks().running().isEmpty() ? idle + 1 : 0;
        }
        Thread.sleep(300);
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
        return result.get(60, TimeUnit.SECONDS);
    }
}
