package dev.careeragent.ui.tracker;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.tracker.NewApplication;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;

/** Real services in a temporary folder with two applications (Acme, Globex) for the Applications page's UI tests. */
final class TrackerPageFixture implements AutoCloseable {

    final Path dir;
    final AppContext context;
    final Application acme;
    final Application globex;

    /** Opened before the FX setup starts (its timeout is short on a loaded machine). */
    TrackerPageFixture(String name) throws IOException {
        dir = Files.createTempDirectory(name);
        context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        acme = context.tracker().track(applied("Acme", "Java Developer"));
        globex = context.tracker().track(applied("Globex", "Platform Engineer"));
    }

    private static NewApplication applied(String company, String title) {
        return new NewApplication(null, company, title, ApplicationStatus.APPLIED, "Company site", null, null, null, null,
                null, null, null);
    }

    @Override
    public void close() throws IOException {
        context.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
