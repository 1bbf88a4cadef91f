package dev.careeragent.ui.clip;

import dev.careeragent.clip.ClipApi;
import dev.careeragent.clip.ClipServer;
import dev.careeragent.clip.ClipSettings;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.ui.common.FormSnapshot;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings -> Browser clip: the API on or off, its port, the token (shown masked, copied whole) and the bookmarklet
 * that posts the page the user is reading. Save stores on/off and the port and restarts the server in the background;
 * Cancel puts back what was saved.
 */
public final class ClipSettingsViewModel {

    private final ClipApi api;
    private final SettingsStore settings;
    private final TaskExecutor tasks;
    private final Consumer<String> clipboard;
    private final BooleanProperty enabled = new SimpleBooleanProperty();
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty maskedToken = new SimpleStringProperty("");
    private final StringProperty bookmarklet = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final FormSnapshot form = new FormSnapshot();
    private volatile String token;

    public ClipSettingsViewModel(ClipApi api, SettingsStore settings, TaskExecutor tasks, Consumer<String> clipboard) {
        this.api = api;
        this.settings = settings;
        this.tasks = tasks;
        this.clipboard = clipboard;
        ClipSettings current = settings.get(ClipSettings.KEY);
        enabled.set(current.enabled());
        port.set(Integer.toString(current.port()));
        form.track(enabled, port);
        run("Reading the clip token", () -> api.token().value());
    }

    public BooleanProperty enabledProperty() { return enabled; }
    public StringProperty portProperty() { return port; }
    public ReadOnlyStringProperty maskedTokenProperty() { return maskedToken; }
    public ReadOnlyStringProperty bookmarkletProperty() { return bookmarklet; }
    public ReadOnlyStringProperty statusProperty() { return status; }

    public FormSnapshot form() { return form; }

    /** Saves on/off and the port, then restarts the server; a bad port is explained and nothing is saved. */
    public void save() {
        int chosen;
        try {
            chosen = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            chosen = -1;
        }
        if (chosen < 1024 || chosen > 65_535) {
            status.set("Choose a port between 1024 and 65535.");
            return;
        }
        settings.put(ClipSettings.KEY, new ClipSettings(enabled.get(), chosen));
        form.markSaved();
        run("Restarting the browser clip API", () -> {
            api.start();
            return api.token().value();
        });
    }

    public void cancel() {
        form.revert();
        status.set("");
    }

    /** A new token: the old bookmarklet stops working, so the user drags the new one. */
    public void newToken() {
        run("Making a new clip token", () -> api.token().regenerate());
    }

    public void copyToken() {
        if (token != null) {
            clipboard.accept(token);
            status.set("Token copied.");
        }
    }

    public void copyBookmarklet() {
        if (!bookmarklet.get().isEmpty()) {
            clipboard.accept(bookmarklet.get());
            status.set("Bookmarklet copied: add a bookmark and paste it as its address.");
        }
    }

    private void run(String title, java.util.concurrent.Callable<String> work) {
        tasks.execute(BackgroundTask.of(title, work)
                .onSuccess(value -> {
                    token = value;
                    maskedToken.set("\u2022".repeat(8) + value.substring(Math.max(0, value.length() - 4)));
                    bookmarklet.set(ClipServer.bookmarklet(settings.get(ClipSettings.KEY).port(), value));
                    status.set(api.status());
                })
                .onFailure(e -> status.set("Could not read the clip token: " + e.getMessage())));
    }
}
