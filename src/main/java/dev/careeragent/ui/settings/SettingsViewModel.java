package dev.careeragent.ui.settings;

import dev.careeragent.core.DataFolder;
import dev.careeragent.core.log.LogSetup;
import dev.careeragent.core.settings.SettingsKey;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.ui.common.FolderOpener;
import dev.careeragent.ui.common.FormSnapshot;
import dev.careeragent.ui.desktop.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings state: the theme and the log level, each applied when its section is saved and put back by Cancel, like
 * every other section (the settings file is tiny and written atomically, so saving on the FX thread is fine); opening
 * the folder runs in the background.
 */
public final class SettingsViewModel {

    public static final List<String> LOG_LEVELS = List.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");

    private final SettingsStore settings;
    private final DataFolder folder;
    private final TaskExecutor tasks;
    private final FolderOpener opener;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final StringProperty logLevel = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final FormSnapshot appearance = new FormSnapshot();
    private final FormSnapshot logging = new FormSnapshot();

    public SettingsViewModel(SettingsStore settings, DataFolder folder, TaskExecutor tasks, FolderOpener opener) {
        this.settings = settings;
        this.folder = folder;
        this.tasks = tasks;
        this.opener = opener;
        theme.set(settings.get(Theme.KEY));
        logLevel.set(normalLevel(settings.get(LogSetup.LEVEL)));
        appearance.track(theme);
        logging.track(logLevel);
    }

    public void saveAppearance() {
        if (save(Theme.KEY, theme.get())) {
            appearance.markSaved();
        }
    }

    public void saveLogging() {
        LogSetup.setLevel(logLevel.get());
        if (save(LogSetup.LEVEL, logLevel.get())) {
            logging.markSaved();
        }
    }

    public void cancelAppearance() {
        appearance.revert();
    }

    public void cancelLogging() {
        logging.revert();
    }

    public FormSnapshot appearance() { return appearance; }
    public FormSnapshot logging() { return logging; }

    public Path dataFolder() {
        return folder.root();
    }

    /** Shows the data folder in the file manager; a failure is explained in {@link #statusProperty()}. */
    public void openDataFolder() {
        Path root = folder.root();
        tasks.execute(BackgroundTask.of("Opening the data folder", () -> {
            opener.open(root);
            return root;
        }).onSuccess(opened -> status.set(""))
                .onFailure(e -> status.set("Could not open the folder (" + e.getMessage()
                        + "). You can find it at " + root)));
    }

    private <T> boolean save(SettingsKey<T> key, T changed) {
        try {
            settings.put(key, changed);
            status.set("");
            return true;
        } catch (RuntimeException e) {
            status.set("Your change could not be saved: " + e.getMessage() + ". Check that the data folder is writable.");
            return false;
        }
    }

    private static String normalLevel(String level) {
        String upper = level == null ? "INFO" : level.toUpperCase(Locale.ROOT);
        return LOG_LEVELS.contains(upper) ? upper : "INFO";
    }

    public ObjectProperty<Theme> themeProperty() { return theme; }
    public StringProperty logLevelProperty() { return logLevel; }
    public StringProperty statusProperty() { return status; }
}
