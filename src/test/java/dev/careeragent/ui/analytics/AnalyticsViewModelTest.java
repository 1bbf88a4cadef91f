package dev.careeragent.ui.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.analytics.ChartTable;
import dev.careeragent.analytics.ReportTables;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.tracker.NewApplication;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.ui.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ViewModel without the FX thread: loads on demand, reloads on tracker events, exports, reports failures. */
class AnalyticsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void reloadsWhenAnApplicationMovesAndExportsTheChartData() throws Exception {
        try (AppContext context = TestApp.open(dir.resolve("data"), new CurrentThreadTaskExecutor())) {
            AnalyticsViewModel model = new AnalyticsViewModel(context.analytics(), context.tasks(), context.events(), Runnable::run);
            model.refresh();
            assertThat(model.chart(ReportTables.FUNNEL).map(ChartTable::isEmpty)).contains(true);

            Application a = context.tracker().track(new NewApplication(null, "Acme", "Engineer", ApplicationStatus.APPLIED,
                    null, null, "LinkedIn", null, null, null, null, null));
            assertThat(counts(model)).containsExactly(1.0, 1.0, 0.0, 0.0);
            context.tracker().move(a.id(), ApplicationStatus.OFFER, null);
            assertThat(counts(model)).containsExactly(1.0, 1.0, 1.0, 1.0);
            assertThat(model.reportProperty().get().responses().rate()).isEqualTo(1.0);

            Path csv = dir.resolve("weekly.csv");
            model.exportCsv(ReportTables.WEEKLY, csv);
            List<String> lines = Files.readAllLines(csv);
            assertThat(lines).hasSize(13).first().isEqualTo("Week of,Applications");
            assertThat(lines.get(12)).endsWith(",1");
            assertThat(model.statusProperty().get()).isEqualTo("Saved weekly.csv.");

            model.exportCsv(ReportTables.WEEKLY, dir.resolve("no-such-folder").resolve("weekly.csv"));
            assertThat(model.statusProperty().get()).startsWith("Could not save weekly.csv");
            assertThat(dir.resolve("no-such-folder")).doesNotExist();
        }
    }

    @Test
    void aDatabaseFailureBecomesAMessage() throws Exception {
        AppContext context = TestApp.open(dir.resolve("data"), new CurrentThreadTaskExecutor());
        AnalyticsViewModel model = new AnalyticsViewModel(context.analytics(), context.tasks(), context.events(), Runnable::run);
        Path file = context.database().file();
        context.close();
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix)); // the tables are gone
        }

        model.refresh();

        assertThat(model.errorProperty().get()).startsWith("The figures could not be computed");
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.charts()).isEmpty();
    }

    private static List<Double> counts(AnalyticsViewModel model) {
        return model.chart(ReportTables.FUNNEL).orElseThrow().rows().stream().map(r -> r.values().get(0)).toList();
    }
}
