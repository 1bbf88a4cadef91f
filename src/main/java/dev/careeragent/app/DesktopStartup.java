package dev.careeragent.app;

import dev.careeragent.app.autostart.StartAtLogin;
import dev.careeragent.app.tray.AwtTrayIcon;
import dev.careeragent.cli.CareerAgentCommand;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.guard.OwnerOnly;
import dev.careeragent.core.log.LogSetup;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.schedule.Scheduler;
import dev.careeragent.store.DatabaseBackups;
import dev.careeragent.store.DatabaseException;
import dev.careeragent.ui.DatabaseProblemDialog;
import dev.careeragent.ui.ErrorDialog;
import dev.careeragent.ui.StartupFailureDialog;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.FxUncaughtErrors;
import dev.careeragent.ui.UiServices;
import dev.careeragent.ui.lock.LockScreen;
import dev.careeragent.ui.lock.LockViewModel;
import dev.careeragent.ui.shell.MainWindow;
import dev.careeragent.ui.shell.LoadingShell;
import dev.careeragent.ui.shell.WindowMemory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the desktop app: logging into the data folder, the single-instance lock, then the FX toolkit and at once the
 * window in its loading state. The database opens off the FX thread; a damaged or locked database gets the
 * restore/quit dialog, any other failure a clear message and quit (never a window that never comes).
 */
final class DesktopStartup implements CareerAgentCommand.DesktopStarter {

    /** Returned when the window is up: the launcher must not exit the JVM. */
    static final int RUNNING = Integer.MIN_VALUE;

    private final AtomicReference<MainWindow> window = new AtomicReference<>();
    /** Imports resume files; set once the Resume page exists, used when a later launch is opened with files. */
    private final AtomicReference<Consumer<List<File>>> openFiles = new AtomicReference<>();
    /** The one window: the loading shell first, then the main window on the same stage. */
    private final AtomicReference<Stage> stage = new AtomicReference<>();
    private final Runnable exitToolkit;
    private volatile boolean closing;

    DesktopStartup() {
        this(Platform::exit);
    }

    /** {@code exitToolkit} ends the FX toolkit on quit (tests keep theirs running). */
    DesktopStartup(Runnable exitToolkit) {
        this.exitToolkit = exitToolkit;
    }

    @Override
    public int start(DataFolder folder, boolean measureStartup) throws IOException {
        return start(folder, measureStartup, List.of());
    }

    @Override
    public int start(DataFolder folder, boolean measureStartup, List<Path> files) throws IOException {
        OwnerOnly.secureTree(folder.root());
        LogSetup.useLogFolder(folder.logs());
        RecentErrors recentErrors = new RecentErrors();
        LogSetup.install(recentErrors);
        Logger log = LoggerFactory.getLogger(DesktopStartup.class);
        Optional<SingleInstance> instance = SingleInstance.acquire(folder.instanceLock(), folder.instancePort(), files,
                opened -> Platform.runLater(() -> Optional.ofNullable(window.get()).ifPresent(main -> {
                    main.bringToFront();
                    Optional.ofNullable(openFiles.get()).filter(open -> !opened.isEmpty())
                            .ifPresent(open -> open.accept(opened.stream().map(Path::toFile).toList()));
                })));
        if (instance.isEmpty()) {
            System.out.println("Career Agent is already running with this data folder; its window was brought to the front"
                    + (files.isEmpty() ? "." : " and asked to import " + files.size() + " file(s)."));
            return 0;
        }
        SettingsStore settings = new SettingsStore(folder.settingsFile());
        LogSetup.setLevel(settings.get(LogSetup.LEVEL));
        log.info("Starting Career Agent with data folder {}", folder.root());
        // The database opens while the toolkit starts: the two are the slowest parts of start-up.
        CompletableFuture<FxUncaughtErrors> toolkit = new CompletableFuture<>();
        Session session = new Session(folder, settings, recentErrors, toolkit, instance.get(), measureStartup, files,
                new WindowMemory(folder.root().resolve(WindowMemory.FILE_NAME)));
        startToolkit(() -> {
            toolkit.complete(FxUncaughtErrors.install(new ErrorDialog()));
            showLoadingShell(session);
        });
        return RUNNING;
    }

    /** Starts the FX toolkit, or uses the one already running (a second start in the same JVM, as in the tests). */
    private static void startToolkit(Runnable then) {
        try {
            Platform.startup(then);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(then);
        }
    }

    private record Session(DataFolder folder, SettingsStore settings, RecentErrors recentErrors,
                           CompletableFuture<FxUncaughtErrors> toolkit, SingleInstance instance, boolean measureStartup,
                           List<Path> files, WindowMemory windowMemory) {

        FxUncaughtErrors errors() {
            return toolkit.join();
        }

        void onFxThread(Runnable action) {
            toolkit.thenRun(() -> Platform.runLater(action));
        }
    }

    /**
     * The window at once, where it was last, saying "Opening your data..." until the main window takes it over. The
     * database opens once it shows: on two busy cores, Hibernate's start would otherwise delay the window by seconds.
     */
    private void showLoadingShell(Session session) {
        AtomicBoolean opening = new AtomicBoolean();
        Runnable openOnce = () -> {
            if (opening.compareAndSet(false, true)) {
                openInBackground(session);
            }
        };
        try {
            Stage shell = new Stage();
            new LoadingShell(session.settings()).attachTo(shell);
            session.windowMemory().restoreAndFollow(shell);
            shell.setOnCloseRequest(event -> shutDown(session, null));
            shell.setOnShown(event -> {
                if (session.measureStartup()) {
                    System.out.println("Window shown " + StartupClock.millisSinceJvmStart() + " ms after JVM start");
                }
                openOnce.run();
            });
            stage.set(shell);
            shell.show();
        } finally {
            openOnce.run(); // the data opens even if the loading window could not be shown
        }
    }

    private void openInBackground(Session session) {
        Thread opener = new Thread(() -> {
            try {
                Consumer<Exception> unhandled = error -> session.toolkit().thenAccept(handler -> handler.accept(error));
                AppContext context = new AppContext(session.folder(), Clock.systemDefaultZone(), session.settings(),
                        session.recentErrors(), new ThreadPoolTaskExecutor(4, new FxCallbacks(), unhandled,
                        Clock.systemDefaultZone()));
                if (closing) {
                    context.close();
                    return;
                }
                session.onFxThread(() -> showMainWindow(session, context));
            } catch (DatabaseException problem) {
                session.onFxThread(() -> offerRestore(session, problem));
            } catch (RuntimeException | Error failure) {
                session.onFxThread(() -> cannotStart(session, failure));
            }
        }, "career-agent-open-database");
        opener.setDaemon(true);
        opener.start();
    }

    private void offerRestore(Session session, DatabaseException problem) {
        LoggerFactory.getLogger(DesktopStartup.class).error("Database could not be opened: {}", problem.getMessage(), problem);
        if (DatabaseProblemDialog.ask(problem) == DatabaseProblemDialog.Choice.RESTORE_BACKUP) {
            try {
                new DatabaseBackups(session.folder().backups(), Clock.systemDefaultZone())
                        .restore(problem.latestBackup().orElseThrow(), session.folder().database());
                openInBackground(session);
                return;
            } catch (IOException e) {
                session.errors().dialog().show(e);
            }
        }
        shutDown(session, null);
    }

    private void cannotStart(Session session, Throwable failure) {
        LoggerFactory.getLogger(DesktopStartup.class).error("Career Agent could not start", failure);
        StartupFailureDialog.show(failure, session.folder().logs());
        shutDown(session, null);
    }

    private void showMainWindow(Session session, AppContext context) {
        if (closing) { // the loading window was closed while the data opened
            context.close();
            return;
        }
        UiServices services = new UiServices(context.folder(), context.settings(), context.tasks(), context.events(),
                context.recentErrors(), context.dashboard(), context.diagnostics(),
                context.resumeService(), context.ats(), context.agent().scheduler(),
                context.scheduleStatus(), context.agent().emailSettings(), context.agent().emailSender(),
                new UiServices.JobServices(context.postings(), context.postingSearch(), context.savedSearches(),
                        context.jobSearch(), context.jobPageImport(), context.matching(), context.tracker()));
        Stage stage = Optional.ofNullable(this.stage.get()).orElseGet(Stage::new);
        stage.setOnCloseRequest(null);
        Rectangle2D placed = WindowMemory.bounds(stage);
        MainWindow main = new MainWindow(stage, services);
        if (stage.isShowing() && !stage.isMaximized()) {
            WindowMemory.setBounds(stage, placed); // the main window keeps where the loading window was put or moved
        }
        Consumer<List<File>> importResumes = DesktopPages.installPages(main, services, context);
        openFiles.set(importResumes);
        window.set(main);
        session.errors().dialog().setOwner(stage);
        AtomicReference<AgentLifecycle> agent = new AtomicReference<>();
        AtomicReference<DesktopShell> shell = new AtomicReference<>();
        shell.set(new DesktopShell(main, context.settings(), context.events(), context.tasks(), context.agent(),
                StartAtLogin.forThisMachine(), () -> {
                    shell.get().close();
                    Optional.ofNullable(agent.get()).ifPresent(AgentLifecycle::close);
                    shutDown(session, context);
                }));
        LockViewModel lock = new LockViewModel(context.agent().appLock(), context.tasks(), context.clock(),
                context.agent().vault()::reopen);
        LockScreen.install(main.scene(), lock);
        shell.get().install(AwtTrayIcon::install, lock::lockNow);
        DesktopPages.installSettings(main, services, context, shell.get().trayAvailable());
        main.show();
        if (session.measureStartup()) {
            Platform.runLater(() -> {
                System.out.println("Main window ready " + StartupClock.millisSinceJvmStart() + " ms after JVM start");
                PauseTransition settle = new PauseTransition(Duration.millis(500));
                settle.setOnFinished(done -> main.quit());
                settle.play();
            });
        }
        if (!session.files().isEmpty()) {
            importResumes.accept(session.files().stream().map(Path::toFile).toList());
        }
        agent.set(AgentLifecycle.start(context.agent(), Scheduler.DEFAULT_TICK));
        context.startAutoScoring();
        context.tasks().execute(BackgroundTask.of("Starting the browser clip API", () -> context.clipApi().start()));
    }

    private void shutDown(Session session, AppContext context) {
        closing = true;
        try {
            Optional.ofNullable(stage.get()).filter(Stage::isShowing).ifPresent(session.windowMemory()::save);
            if (context != null) {
                context.close();
            }
            session.instance().close();
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(DesktopStartup.class).warn("Problem while shutting down", e);
        }
        exitToolkit.run();
    }
}
