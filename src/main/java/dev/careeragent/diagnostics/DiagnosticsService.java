package dev.careeragent.diagnostics;

import dev.careeragent.core.AppInfo;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.task.TaskTimings;
import dev.careeragent.store.Database;
import java.nio.file.Path;
import java.util.List;

/** What the About/Diagnostics page shows: versions, where data lives, database health, recent errors, slow tasks. */
public final class DiagnosticsService {

    /** A point-in-time view for the page. */
    public record Snapshot(String appVersion, String javaVersion, Path dataFolder, Path logFolder, Path databaseFile,
                           long databaseBytes, String schemaVersion, List<RecentErrors.Entry> recentErrors,
                           List<TaskTimings.Timing> slowestTasks) {
    }

    private final DataFolder folder;
    private final Database database;
    private final RecentErrors errors;
    private final TaskTimings timings;

    public DiagnosticsService(DataFolder folder, Database database, RecentErrors errors, TaskTimings timings) {
        this.folder = folder;
        this.database = database;
        this.errors = errors;
        this.timings = timings;
    }

    public Snapshot snapshot() {
        return new Snapshot(AppInfo.version(), AppInfo.javaVersion(), folder.root(), folder.logs(), database.file(),
                database.sizeBytes(), database.schemaVersion(), errors.list(), timings.slowest(10));
    }
}
