package dev.careeragent.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.settings.SourceSettings;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.profile.RemotePreference;
import dev.careeragent.profile.TargetLevel;
import dev.careeragent.sources.LoopbackSite;
import dev.careeragent.sources.LoopbackSite.Reply;
import dev.careeragent.testing.SyntheticResume;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.UiServices;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.profile.PreferencesViewModel;
import dev.careeragent.ui.resume.FileDrag;
import dev.careeragent.ui.shell.MainWindow;
import dev.careeragent.ui.sources.SourceSettingsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A first start: the guide opens by itself; resume -> wants -> sources -> a first search saved and scheduled,
 * checked in the real SQLite file. The search asks a job API on 127.0.0.1. "Skip" writes nothing of the step being
 * edited, is remembered (the next start does not open the guide), and Settings or Shift+F1 opens the guide again.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FirstRunGuideTest {

    private static final String JOBS = "[{\"legal\":\"API terms\"},{\"id\":\"1\",\"position\":\"Java Developer\","
            + "\"company\":\"Acme\",\"location\":\"Berlin\",\"url\":\"https://remoteok.com/1\",\"date\":\"2026-12-01T00:00:00Z\","
            + "\"description\":\"<p>Java and SQL</p>\"}]";

    @TempDir
    Path dir;

    private final LoopbackSite site = LoopbackSite.start();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private AppContext context;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Opens the data folder on the test thread (not in TestFX's timed setup), then builds the window. */
    private void openApp(FxRobot robot) {
        context = TestApp.open(dir.resolve("data"), new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        context.settings().update(context.settings().get().withSources(SourceSettings.defaults()
                .withBaseUrl("remoteok", site.base().toString()).withEnabledSources(List.of("remoteok"))));
        site.serve("/api", hit -> Reply.json(JOBS));
        context.agent().start(ticker, Duration.ofDays(1)); // as the app does: saved searches become scheduled jobs
        UiServices services = TestApp.services(context);
        robot.interact(() -> {
            window = new MainWindow(stage, services);
            PreferencesViewModel wants = new PreferencesViewModel(context.profile(), context.tasks());
            SourceSettingsViewModel sources = new SourceSettingsViewModel(context.jobSearch(), context.tasks(), context.clock());
            Button reopen = FirstRunGuide.install(window, services, context.profile(), wants, sources);
            window.addSettingsSection("Profile and preferences", reopen);
            window.show();
        });
    }

    @AfterEach
    void close() {
        ticker.shutdownNow();
        if (context != null) {
            context.close();
        }
        site.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void resumeWantsSourcesThenAFirstSearchSavedAndScheduledHourly(FxRobot robot) throws Exception {
        openApp(robot);
        waitForGuide(robot, true);
        Path resume = Files.write(dir.resolve("maya-lindqvist.pdf"), SyntheticResume.pdf());
        robot.interact(() -> assertThat(FileDrag.drop(robot.lookup("#guide-resume-drop").query(), resume.toFile())).isTrue());
        waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#guide-resume-notice").startsWith("Imported"));
        assertThat(context.resumeService().list()).hasSize(1);

        robot.clickOn("#guide-next");
        robot.clickOn("#pref-titles").write("Java Developer, Backend Engineer");
        robot.clickOn("#pref-places").write("Berlin");
        ComboBox<RemotePreference> remote = robot.lookup("#pref-remote").queryAs(ComboBox.class);
        robot.interact(() -> remote.setValue(RemotePreference.HYBRID));
        robot.clickOn("#pref-salary").write("60000");
        robot.clickOn("#pref-currency").write("EUR");
        ComboBox<TargetLevel> level = robot.lookup("#pref-level").queryAs(ComboBox.class);
        robot.interact(() -> level.setValue(TargetLevel.SENIOR));
        // below the card's fold: typed into as the user would after scrolling
        robot.interact(() -> robot.lookup("#pref-avoid-companies").queryAs(TextField.class).setText("Initech"));
        robot.interact(() -> robot.lookup("#pref-avoid-words").queryAs(TextField.class).setText("crypto, gambling"));
        assertThat(robot.lookup("#pref-weights").query().isVisible()).as("weights stay in Settings").isFalse();
        robot.clickOn("#guide-next");

        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#source-linkedin").tryQuery().isEmpty());
        assertThat(robot.lookup("#source-linkedin").queryAs(CheckBox.class).isDisabled())
                .as("LinkedIn stays off until its notice is acknowledged").isTrue();
        assertThat(robot.lookup("#source-remoteok").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#guide-next");
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#guide-email-settings").tryQuery().isEmpty());
        robot.clickOn("#guide-next"); // alerts
        robot.clickOn("#guide-next"); // AI
        waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#guide-keywords").tryQuery().isEmpty());
        assertThat(robot.lookup("#guide-keywords").queryAs(TextField.class).getText()).isEqualTo("Java Developer");
        assertThat(robot.lookup("#guide-location").queryAs(TextField.class).getText()).isEqualTo("Berlin");

        ComboBox<Integer> radius = robot.lookup("#guide-radius").queryAs(ComboBox.class);
        robot.interact(() -> radius.setValue(25));
        robot.clickOn("#guide-start-search");
        waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#guide-search-summary").startsWith("Found"));
        assertThat(site.hits()).isNotEmpty();

        assertThat(rows("SELECT target_roles, target_locations, remote_preference, salary_floor, salary_currency, target_level,"
                + " avoid_companies, avoid_words FROM profile")).containsExactly(List.of("[\"Java Developer\",\"Backend Engineer\"]",
                "[\"Berlin\"]", "HYBRID", "60000", "EUR", "SENIOR", "[\"Initech\"]", "[\"crypto\",\"gambling\"]"));
        List<List<String>> searches = rows("SELECT id, keywords, location, enabled, radius_km FROM saved_search");
        assertThat(searches).singleElement().satisfies(row -> assertThat(row.subList(1, 5))
                .containsExactly("Java Developer", "Berlin", "1", "25"));
        waitFor(10, TimeUnit.SECONDS, () -> !rows("SELECT job_key FROM schedule_job_state WHERE job_key LIKE 'search:%'").isEmpty());
        assertThat(rows("SELECT job_key, schedule_text, next_due IS NOT NULL FROM schedule_job_state WHERE job_key LIKE 'search:%'"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get(0)).isEqualTo("search:" + searches.get(0).get(0));
                    assertThat(row.get(1)).isEqualTo("every 60 min");
                    assertThat(row.get(2)).isEqualTo("1");
                });

        robot.clickOn("#guide-next"); // Finish
        waitForGuide(robot, false);
        waitFor(10, TimeUnit.SECONDS, () -> context.profile().guideClosed());
    }

    @Test
    void afterSkipTheGuideStaysClosedOnTheNextStartAndShiftF1OpensIt(FxRobot robot) throws Exception {
        openApp(robot);
        waitForGuide(robot, true);
        robot.clickOn("#guide-skip");
        waitForGuide(robot, false);
        waitFor(10, TimeUnit.SECONDS, () -> !rows("SELECT id FROM profile WHERE guide_closed_at IS NOT NULL").isEmpty());

        context.close();
        context = null;
        openApp(robot); // the next start, on the same data folder
        waitFor(10, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#first-run-guide").query().isVisible()).as("skipped once: not shown by itself again").isFalse();
        assertThat(context.resumeService().list()).isEmpty();

        robot.push(KeyCode.SHIFT, KeyCode.F1);
        waitForGuide(robot, true);
        assertThat(text(robot, "#guide-resume-drop")).startsWith("Drop your resume");
    }

    @Test
    void skipWritesNothingAndSettingsOpensTheGuideAgain(FxRobot robot) throws Exception {
        openApp(robot);
        waitForGuide(robot, true);
        robot.clickOn("#guide-next");
        robot.clickOn("#pref-titles").write("Gardener");
        robot.clickOn("#guide-skip");
        waitForGuide(robot, false);

        assertThat(context.profile().preferences().targetRoles()).isEmpty();
        assertThat(rows("SELECT target_roles FROM profile WHERE target_roles <> '[]'")).isEmpty();
        assertThat(rows("SELECT id FROM saved_search")).isEmpty();
        assertThat(rows("SELECT job_key FROM schedule_job_state WHERE job_key LIKE 'search:%'")).isEmpty();
        assertThat(context.resumeService().list()).isEmpty();

        robot.interact(() -> window.navigate(PageIds.SETTINGS));
        robot.clickOn("#open-first-run-guide");
        waitForGuide(robot, true);
        assertThat(text(robot, "#guide-resume-drop")).startsWith("Drop your resume");
        robot.clickOn("#guide-next");
        assertThat(robot.lookup("#pref-titles").queryAs(TextField.class).getText()).as("the skipped edit is gone").isEmpty();
    }

    private void waitForGuide(FxRobot robot, boolean shown) throws Exception {
        waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#first-run-guide").query().isVisible() == shown);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label label ? label.getText() : "";
    }

    private List<List<String>> rows(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + context.folder().database());
             ResultSet result = db.createStatement().executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
