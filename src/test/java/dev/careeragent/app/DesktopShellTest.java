package dev.careeragent.app;

import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.app.autostart.StartAtLogin;
import dev.careeragent.app.tray.TrayIconPort;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.notify.HighMatchFound;
import dev.careeragent.schedule.RunFailed;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.desktop.DesktopSettings;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.nav.PageView;
import dev.careeragent.ui.nav.ShowPosting;
import dev.careeragent.ui.shell.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing, quitting and alerts with and without a system tray, on the real main window under Monocle. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DesktopShellTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private AppContext context;
    private MainWindow window;
    private final AtomicInteger quits = new AtomicInteger();
    private final List<ShowPosting> shown = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        context = TestApp.open(dir.resolve("data"), new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        Page jobs = new Page(PageIds.JOBS, "Jobs", Icons.WORK, null, Page.Placement.MAIN,
                (services, navigator) -> PageView.of(new Label("Jobs page")));
        window = new MainWindow(stage, TestApp.services(context), List.of(jobs));
        context.events().subscribe(ShowPosting.class, shown::add);
        window.show();
    }

    @AfterEach
    void close() {
        context.close(); // implicit exit stays off: TestFX keeps the toolkit for the next test that way

    }

    private DesktopShell install(Optional<TrayIconPort> tray) {
        StartAtLogin autostart = new StartAtLogin(StartAtLogin.Os.LINUX, dir.resolve("home"), Map.of(), List.of("/opt/career-agent/bin/Career Agent"));
        DesktopShell shell = new DesktopShell(window, context.settings(), context.events(), context.tasks(), context.agent(),
                autostart, quits::incrementAndGet);
        fx(() -> shell.install((tooltip, paused, actions) -> tray, () -> { }));
        return shell;
    }

    @Test
    void withoutATrayAlertsAppearInTheWindowAndClosingQuits(FxRobot robot) {
        DesktopShell shell = install(Optional.empty());
        assertThat(shell.trayAvailable()).isFalse();
        assertThat(shell.keepsRunningInTray()).isFalse();

        new Thread(() -> {
            context.events().publish(new HighMatchFound(7, 92, "Java Developer", "Acme"));
            context.events().publish(new HighMatchFound(7, 92, "Java Developer", "Acme"));
            context.events().publish(new RunFailed(3, "search:1", "Search \u201cJava\u201d", "Board unreachable", 1, null));
        }).start();
        waitUntil("two notices", WAIT, () -> robot.lookup(".notice").queryAll().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".notice .label")).contains("New match 92%", "Java Developer at Acme",
                "Search \u201cJava\u201d failed");
        assertThat(window.stage().getTitle()).as("badge in the title").startsWith("(2) ");

        robot.clickOn(".open-notice");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.JOBS);
        assertThat(shown).containsExactly(new ShowPosting(7));
        assertThat(robot.lookup(".notice").queryAll()).hasSize(1);
        assertThat(window.stage().getTitle()).startsWith("Jobs");

        fx(() -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quits).as("closing the window quits").hasValue(1);
    }

    @Test
    void withATrayClosingHidesTheWindowAndTheNoticeShowsOnce(FxRobot robot) {
        List<String> messages = new CopyOnWriteArrayList<>();
        TrayIconPort fake = new TrayIconPort() {
            @Override public void displayMessage(String caption, String text) { messages.add(caption); }
            @Override public void setPaused(boolean paused) { }
            @Override public List<String> menuLabels() { return List.of(); }
            @Override public void remove() { }
        };
        DesktopShell shell = install(Optional.of(fake));
        assertThat(shell.keepsRunningInTray()).as("default on where a tray exists").isTrue();

        for (int i = 0; i < 2; i++) {
            fx(() -> window.stage().fireEvent(new WindowEvent(window.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.stage().isShowing()).isFalse();
            fx(window::bringToFront);
        }
        assertThat(quits).hasValue(0);
        assertThat(messages).containsExactly("Career Agent is still running");
        assertThat(context.settings().get(DesktopSettings.KEY).trayNoticeShown()).isTrue();

        context.events().publish(new HighMatchFound(8, 95, "Go Developer", "Globex"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(messages).as("the tray announces the match").contains("New match 95%");
        assertThat(robot.lookup(".notice").queryAll()).as("not also in the window").isEmpty();

        fx(window::quit);
        assertThat(quits).as("Ctrl+Q / Quit really quits").hasValue(1);
    }

    @Test
    void theStartAtLoginSettingWritesAndRemovesTheAutostartEntry() {
        install(Optional.empty());
        Path entry = dir.resolve("home/.config/autostart/career-agent.desktop");
        assertThat(entry).doesNotExist();
        context.settings().update(DesktopSettings.KEY, d -> new DesktopSettings(d.keepRunningInTray(), true, d.trayNoticeShown()));
        assertThat(entry).exists();
        assertThat(readable(entry)).contains("Exec=\"/opt/career-agent/bin/Career Agent\"");
        context.settings().update(DesktopSettings.KEY, d -> new DesktopSettings(d.keepRunningInTray(), false, d.trayNoticeShown()));
        assertThat(entry).doesNotExist();
    }

    private static void fx(Runnable action) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
    }

    private static String readable(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(Labeled.class::isInstance)
                .map(n -> ((Labeled) n).getText()).toList();
    }
}
