package dev.careeragent.ui.dashboard;

import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.tracker.NewApplication;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.Interview;
import dev.careeragent.tracker.model.Offer;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.shell.MainWindow;
import dev.careeragent.ui.tracker.ApplicationsPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Dashboard as the start of the day on real services: today's follow-up, interview and offer, then the empty states. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TodayDashboardTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Path dir;
    private final AppContext context;
    private MainWindow window;

    TodayDashboardTest() throws java.io.IOException {
        dir = Files.createTempDirectory("today-dashboard");
        context = TestApp.open(dir.resolve("data"), new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
    }

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, TestApp.services(context), List.of(ApplicationsPage.page(context.tracker(),
                context.interviews(), context.offers())));
        window.show();
        window.navigate(PageIds.DASHBOARD);
    }

    @AfterEach
    void close() throws java.io.IOException {
        context.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static List<String> lines(FxRobot robot, String card) {
        return robot.lookup("#" + card + "-list").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private static boolean shown(FxRobot robot, String id) {
        Node node = robot.lookup("#" + id).query();
        return node.isVisible() && node.isManaged();
    }

    @Test
    void showsWhatNeedsAttentionTodayAndFollowsChanges(FxRobot robot) {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        Application acme = context.tracker().track(new NewApplication(null, "Acme", "Java Developer", ApplicationStatus.APPLIED,
                null, null, null, null, null, null, null, null));
        Application stored = context.tracker().require(acme.id());
        context.tracker().save(new Application(stored.id(), null, null, "Acme", "Java Developer", stored.status(), null, null,
                null, stored.appliedOn(), null, null, null, today, stored.createdAt(), stored.updatedAt()));
        context.interviews().schedule(acme.id(), ZonedDateTime.now(ZoneId.systemDefault()).plusDays(1), 45,
                Interview.Kind.VIDEO, "Ann", "https://meet.example/acme");
        context.offers().save(new Offer(null, acme.id(), "EUR", 70_000, 0, 0, 4, 0, 0, null, 25, "Berlin", false, null,
                today.plusDays(3)));

        robot.clickOn("#nav-applications");
        robot.clickOn("#nav-dashboard");

        waitUntil("the follow-up is listed", WAIT, () -> lines(robot, "today-followups").equals(
                List.of("Acme \u2013 Java Developer: follow-up due today")));
        assertThat(lines(robot, "today-interviews")).singleElement().asString()
                .contains("Video").contains("Acme \u2013 Java Developer").contains("https://meet.example/acme");
        assertThat(lines(robot, "today-offers")).containsExactly("Acme \u2013 Java Developer: answer by "
                + today.plusDays(3) + " (in 3 days)");
        assertThat(shown(robot, "today-followups-empty")).isFalse();
        assertThat(shown(robot, "today-matches-empty")).as("no resume yet: the card says to import one").isTrue();
        assertThat(robot.lookup("#today-matches-empty").queryAs(Label.class).getText()).startsWith("Import your resume");

        // Rejected elsewhere: the Dashboard follows at once, and the offer of a closed application leaves the list.
        context.tracker().move(acme.id(), ApplicationStatus.REJECTED, null);
        waitUntil("the follow-up is gone", WAIT, () -> lines(robot, "today-followups").isEmpty());
        waitUntil("so is the offer", WAIT, () -> lines(robot, "today-offers").isEmpty());
        assertThat(shown(robot, "today-followups-empty")).isTrue();

        robot.clickOn("#today-open-applications");
        assertThat(window.currentPageProperty().get()).isEqualTo(PageIds.APPLICATIONS);
    }

    @Test
    void anEmptyDaySaysWhatComesNext(FxRobot robot) {
        waitUntil("the agenda is loaded", WAIT, () -> shown(robot, "today"));
        for (String card : List.of("today-followups", "today-interviews", "today-matches", "today-offers")) {
            assertThat(shown(robot, card + "-empty")).as(card + " says what to do").isTrue();
            assertThat(robot.lookup("#" + card + "-empty").queryAs(Label.class).getText()).isNotBlank();
            assertThat(lines(robot, card)).isEmpty();
        }
        assertThat(robot.lookup("#today-interviews-empty").queryAs(Label.class).getText()).contains("Interviews tab");
    }
}
