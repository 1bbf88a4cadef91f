package dev.careeragent.ui.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.ui.TestApp;
import dev.careeragent.testing.Migrations;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiagnosticsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void showsVersionsDatabaseErrorsAndSlowTasksAndCopiesDetails() throws Exception {
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            RecentErrors.Entry older = new RecentErrors.Entry(Instant.parse("2024-05-01T10:00:00Z"), "dev.careeragent.jobs",
                    "Search failed", "Search failed\njava.io.IOException: timeout");
            RecentErrors.Entry newer = new RecentErrors.Entry(Instant.parse("2024-05-01T11:00:00Z"), "dev.careeragent.resume",
                    "Import failed", "Import failed\njava.lang.IllegalStateException: bad PDF");
            context.recentErrors().add(older);
            context.recentErrors().add(newer);
            context.tasks().execute(BackgroundTask.of("Slow import", () -> {
                Thread.sleep(30);
                return 1;
            })).result().get();
            List<String> clipboard = new ArrayList<>();
            DiagnosticsViewModel model = new DiagnosticsViewModel(context.diagnostics(), context.tasks(),
                    path -> { }, clipboard::add, ZoneOffset.UTC);

            model.refresh();

            var snapshot = model.snapshotProperty().get();
            assertThat(snapshot.schemaVersion()).isEqualTo(context.database().schemaVersion()).isNotEqualTo("0");
            assertThat(snapshot.dataFolder()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThat(snapshot.javaVersion()).contains(System.getProperty("java.version"));
            assertThat(model.databaseSizeProperty().get()).matches("\\d+(\\.\\d)? (B|KB|MB)");
            assertThat(model.errors()).containsExactly(newer, older);
            assertThat(model.slowestTasks()).extracting(t -> t.title()).contains("Slow import");
            assertThat(model.describe(newer)).isEqualTo("2024-05-01 11:00:00  Import failed");

            model.copyDetails(List.of(newer));
            assertThat(clipboard.get(0)).contains("bad PDF").doesNotContain("timeout").contains("Career Agent ");

            model.copyDetails(List.of());
            assertThat(clipboard.get(1)).contains("bad PDF").contains("timeout");
        }
    }

    @Test
    void opensTheLogFolderInTheBackground() {
        try (AppContext context = TestApp.open(dir, new CurrentThreadTaskExecutor())) {
            List<Path> opened = new ArrayList<>();
            DiagnosticsViewModel model = new DiagnosticsViewModel(context.diagnostics(), context.tasks(), opened::add, s -> { });
            model.refresh();
            model.openLogFolder();
            assertThat(opened).containsExactly(context.folder().logs());
            assertThat(context.tasks().timings().recent()).extracting(t -> t.title()).contains("Opening the log folder");
        }
    }
}
