package dev.careeragent.app;

import dev.careeragent.app.autostart.StartAtLogin;
import dev.careeragent.app.tray.AppTray;
import dev.careeragent.app.tray.TrayActions;
import dev.careeragent.app.tray.TrayIconPort;
import dev.careeragent.context.AgentServices;
import dev.careeragent.core.AppInfo;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.ui.desktop.DesktopSettings;
import dev.careeragent.ui.notify.NotificationArea;
import dev.careeragent.ui.notify.NotificationCenter;
import dev.careeragent.ui.shell.MainWindow;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the desktop app lives beside the user's session: with a system tray, closing the window keeps the app
 * (and its searches) running there, and match alerts are tray notifications; without one, alerts appear in
 * the window's notification area and closing the window quits. Also keeps "start at login" in step with
 * the setting. Build and install it on the FX thread.
 */
final class DesktopShell implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopShell.class);

    /** Adds the tray icon; empty where there is no system tray. */
    @FunctionalInterface
    interface TrayInstaller {
        Optional<TrayIconPort> install(String tooltip, boolean paused, TrayActions actions);
    }

    private final MainWindow window;
    private final SettingsStore settings;
    private final EventBus events;
    private final TaskExecutor tasks;
    private final AgentServices agent;
    private final StartAtLogin startAtLogin;
    private final Runnable quitApp;
    private final AtomicReference<AppTray> tray = new AtomicReference<>();
    private NotificationCenter notifications;

    DesktopShell(MainWindow window, SettingsStore settings, EventBus events, TaskExecutor tasks, AgentServices agent,
            StartAtLogin startAtLogin, Runnable quitApp) {
        this.window = window;
        this.settings = settings;
        this.events = events;
        this.tasks = tasks;
        this.agent = agent;
        this.startAtLogin = startAtLogin;
        this.quitApp = quitApp;
    }

    /**
     * Adds the tray icon (when there is a tray) or the in-window alerts, and takes over closing and quitting.
     * @param lock locks the window (the tray's "Lock" item; run on the FX thread)
     */
    void install(TrayInstaller trays, Runnable lock) {
        TrayActions actions = new TrayActions(
                () -> Platform.runLater(window::bringToFront),
                this::runSearchesNow,
                this::togglePause,
                () -> Platform.runLater(lock),
                () -> Platform.runLater(window::quit), // asks about unsaved changes first, then quitApp
                () -> Optional.ofNullable(tray.get()).ifPresent(AppTray::activated));
        Optional<TrayIconPort> icon = trays.install(AppInfo.NAME, agent.scheduler().isAllPaused(), actions);
        icon.ifPresent(i -> tray.set(new AppTray(i, events, id -> Platform.runLater(() -> window.showPosting(id)),
                id -> Platform.runLater(() -> window.showApplication(id)),
                () -> Platform.runLater(window::bringToFront))));
        notifications = new NotificationCenter(events, icon.isEmpty(), window, Platform::runLater);
        window.addOverlay(new NotificationArea(notifications));
        notifications.unreadProperty().addListener((obs, old, count) -> window.setBadgeCount(count.intValue()));
        if (icon.isPresent()) {
            Platform.setImplicitExit(false); // the hidden window must not end the app
        }
        window.setQuitHandler(quitApp);
        Stage stage = window.stage();
        stage.setOnCloseRequest(event -> {
            event.consume();
            if (keepsRunningInTray()) {
                hideToTray();
            } else {
                Platform.runLater(quitApp); // after this event: exiting inside it breaks the window's own handling
            }
        });
        settings.addListener(DesktopSettings.KEY, changed -> applyStartAtLogin(changed.startAtLogin()));
        applyStartAtLogin(settings.get(DesktopSettings.KEY).startAtLogin());
    }

    boolean trayAvailable() {
        return tray.get() != null;
    }

    boolean keepsRunningInTray() {
        return settings.get(DesktopSettings.KEY).keepsRunningInTray(trayAvailable());
    }

    private void hideToTray() {
        window.stage().hide();
        LOG.info("Main window closed; Career Agent keeps running in the tray");
        if (!settings.get(DesktopSettings.KEY).trayNoticeShown()) {
            tray.get().showStillRunningNotice();
            settings.update(DesktopSettings.KEY, d -> new DesktopSettings(d.keepRunningInTray(), d.startAtLogin(), true));
        }
    }

    private void runSearchesNow() {
        tasks.execute(BackgroundTask.of("Starting saved searches", () -> agent.savedSearches().runAllNow())
                .onSuccess(started -> LOG.info("Run searches now: {} search(es) started", started)));
    }

    private void togglePause() {
        tasks.execute(BackgroundTask.of("Pausing or resuming background work", () -> {
            if (agent.scheduler().isAllPaused()) {
                agent.scheduler().resumeAll();
            } else {
                agent.scheduler().pauseAll();
            }
            return null;
        }));
    }

    private void applyStartAtLogin(boolean enabled) {
        if (enabled == startAtLogin.isEnabled()) {
            return;
        }
        try {
            startAtLogin.apply(enabled);
        } catch (IOException e) {
            LOG.warn("Could not {} the start-at-login entry {}", enabled ? "write" : "remove", startAtLogin.entryFile(), e);
        }
    }

    @Override
    public void close() {
        Optional.ofNullable(tray.getAndSet(null)).ifPresent(AppTray::close);
        if (notifications != null) {
            notifications.close();
        }
    }
}
