package dev.careeragent.ui.analytics;

import dev.careeragent.analytics.AnalyticsReport;
import dev.careeragent.analytics.AnalyticsService;
import dev.careeragent.analytics.ChartTable;
import dev.careeragent.analytics.ReportTables;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.guard.AtomicFiles;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.jobs.NewPostingsStored;
import dev.careeragent.match.MatchScoresChanged;
import dev.careeragent.tracker.ApplicationChanged;
import dev.careeragent.ui.common.CoalescedLoad;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Analytics page's state: the report and its charts' tables, reloaded in the background when shown and whenever
 * an application, a score or new postings change (a change during a reload triggers one more reload). Exports
 * write a chart's CSV or PNG in the background.
 */
public final class AnalyticsViewModel {

    private final TaskExecutor tasks;
    private final ObjectProperty<AnalyticsReport> report = new SimpleObjectProperty<>();
    private final ObservableList<ChartTable> charts = FXCollections.observableArrayList();
    private final CoalescedLoad<AnalyticsReport> load;
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public AnalyticsViewModel(AnalyticsService analytics, TaskExecutor tasks, EventBus events, Executor uiThread) {
        this.tasks = tasks;
        this.load = new CoalescedLoad<>(tasks, "Computing analytics", analytics::report, this::show,
                e -> error.set("The figures could not be computed: " + e.getMessage()));
        events.subscribe(ApplicationChanged.class, e -> uiThread.execute(this::refresh));
        events.subscribe(MatchScoresChanged.class, e -> uiThread.execute(this::refresh));
        events.subscribe(NewPostingsStored.class, e -> uiThread.execute(this::refresh));
    }

    public void refresh() {
        load.run();
    }

    private void show(AnalyticsReport computed) {
        error.set("");
        report.set(computed);
        charts.setAll(ReportTables.of(computed));
    }

    public Optional<ChartTable> chart(String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Writes the chart's data as CSV to {@code target}. */
    public void exportCsv(String chartId, Path target) {
        chart(chartId).ifPresent(table -> write("Saving " + table.title() + " as CSV", target,
                () -> table.toCsv().getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes the chart's picture ({@code argb} pixels, row by row) as PNG to {@code target}. */
    public void exportPng(String chartId, Path target, int width, int height, int[] argb) {
        chart(chartId).ifPresent(table -> write("Saving " + table.title() + " as PNG", target,
                () -> PngFiles.encode(width, height, argb)));
    }

    private void write(String title, Path target, java.util.concurrent.Callable<byte[]> bytes) {
        tasks.execute(BackgroundTask.of(title, () -> {
                    AtomicFiles.write(target, bytes.call());
                    return target;
                })
                .onSuccess(path -> status.set("Saved " + path.getFileName() + "."))
                .onFailure(e -> status.set("Could not save " + target.getFileName() + ": " + e.getMessage())));
    }

    /** "60%" or "-" for a share that has no base yet. */
    public static String percent(Double share) {
        return share == null ? "\u2013" : Math.round(share * 100) + "%";
    }

    /** "3.5 days" or "-". */
    public static String days(Double days) {
        return days == null ? "\u2013" : String.format(Locale.ROOT, "%.1f days", days);
    }

    public ObjectProperty<AnalyticsReport> reportProperty() { return report; }
    public ObservableList<ChartTable> charts() { return charts; }
    public BooleanProperty loadingProperty() { return load.loadingProperty(); }
    public StringProperty errorProperty() { return error; }
    public StringProperty statusProperty() { return status; }
}
