package dev.careeragent.ui.diagnostics;

import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.core.task.TaskTimings;
import dev.careeragent.diagnostics.DiagnosticsService;
import dev.careeragent.ui.common.FolderOpener;
import dev.careeragent.ui.common.Formats;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** About/Diagnostics state: a snapshot loaded in the background, plus copy and open-folder commands. */
public final class DiagnosticsViewModel {

    private final DiagnosticsService diagnostics;
    private final TaskExecutor tasks;
    private final FolderOpener opener;
    private final Consumer<String> clipboard;
    private final ZoneId zone;
    private final ObjectProperty<DiagnosticsService.Snapshot> snapshot = new SimpleObjectProperty<>();
    private final StringProperty databaseSize = new SimpleStringProperty("");
    private final ObservableList<RecentErrors.Entry> errors = FXCollections.observableArrayList();
    private final ObservableList<TaskTimings.Timing> slowestTasks = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public DiagnosticsViewModel(DiagnosticsService diagnostics, TaskExecutor tasks, FolderOpener opener,
                                Consumer<String> clipboard) {
        this(diagnostics, tasks, opener, clipboard, ZoneId.systemDefault());
    }

    DiagnosticsViewModel(DiagnosticsService diagnostics, TaskExecutor tasks, FolderOpener opener,
                         Consumer<String> clipboard, ZoneId zone) {
        this.diagnostics = diagnostics;
        this.tasks = tasks;
        this.opener = opener;
        this.clipboard = clipboard;
        this.zone = zone;
    }

    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        tasks.execute(BackgroundTask.of("Reading diagnostics", diagnostics::snapshot)
                .onSuccess(this::show)
                .onFailure(e -> status.set("Diagnostics could not be read: " + e.getMessage()))
                .onFinished(() -> loading.set(false)));
    }

    /** Copies the chosen errors (all of them when none is chosen) with versions, ready for a bug report. */
    public void copyDetails(List<RecentErrors.Entry> chosen) {
        clipboard.accept(details(chosen.isEmpty() ? errors : chosen));
        status.set("Copied to the clipboard.");
    }

    String details(List<RecentErrors.Entry> entries) {
        DiagnosticsService.Snapshot current = snapshot.get();
        StringBuilder text = new StringBuilder();
        if (current != null) {
            text.append("Career Agent ").append(current.appVersion()).append(", Java ").append(current.javaVersion())
                    .append(", ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.version"))
                    .append(System.lineSeparator()).append(System.lineSeparator());
        }
        for (RecentErrors.Entry entry : entries) {
            text.append(Formats.time(entry.at(), zone)).append("  ").append(entry.logger()).append(System.lineSeparator())
                    .append(entry.details()).append(System.lineSeparator()).append(System.lineSeparator());
        }
        return text.toString().strip() + System.lineSeparator();
    }

    public String describe(RecentErrors.Entry entry) {
        return Formats.time(entry.at(), zone) + "  " + entry.message();
    }

    public String finishedAt(TaskTimings.Timing timing) {
        return Formats.time(timing.finishedAt(), zone);
    }

    public void openLogFolder() {
        open("Opening the log folder", snapshot.get() == null ? null : snapshot.get().logFolder());
    }

    public void openDataFolder() {
        open("Opening the data folder", snapshot.get() == null ? null : snapshot.get().dataFolder());
    }

    private void open(String title, Path folder) {
        if (folder == null) {
            return;
        }
        tasks.execute(BackgroundTask.of(title, () -> {
            opener.open(folder);
            return folder;
        }).onFailure(e -> status.set("Could not open the folder (" + e.getMessage() + "). You can find it at " + folder)));
    }

    private void show(DiagnosticsService.Snapshot loaded) {
        snapshot.set(loaded);
        databaseSize.set(Formats.bytes(loaded.databaseBytes()));
        // Newest first: the error the user just saw is at the top.
        List<RecentErrors.Entry> newestFirst = new ArrayList<>(loaded.recentErrors());
        Collections.reverse(newestFirst);
        errors.setAll(newestFirst);
        slowestTasks.setAll(loaded.slowestTasks());
        status.set("");
    }

    public ObjectProperty<DiagnosticsService.Snapshot> snapshotProperty() { return snapshot; }
    public StringProperty databaseSizeProperty() { return databaseSize; }
    public ObservableList<RecentErrors.Entry> errors() { return errors; }
    public ObservableList<TaskTimings.Timing> slowestTasks() { return slowestTasks; }
    public BooleanProperty loadingProperty() { return loading; }
    public StringProperty statusProperty() { return status; }
}
