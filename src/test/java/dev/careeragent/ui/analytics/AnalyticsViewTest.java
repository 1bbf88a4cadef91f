package dev.careeragent.ui.analytics;

import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.tracker.NewApplication;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.shell.MainWindow;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Analytics page on real services: charts of seeded applications, a live update on a move, PNG and CSV on disk. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AnalyticsViewTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Path dir;
    private final AppContext context;
    private final Application acme;

    AnalyticsViewTest() throws java.io.IOException {
        dir = Files.createTempDirectory("analytics-view");
        context = TestApp.open(dir.resolve("data"), new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        acme = context.tracker().track(app("Acme", ApplicationStatus.APPLIED, "LinkedIn"));
        context.tracker().track(app("Globex", ApplicationStatus.APPLIED, "Referral"));
        context.tracker().track(app("Initech", ApplicationStatus.SAVED, null));
    }

    @Start
    void start(Stage stage) {
        MainWindow window = new MainWindow(stage, TestApp.services(context),
                List.of(AnalyticsPage.page(context.analytics(), name -> Optional.of(dir.resolve("out-" + name)))));
        window.show();
        window.navigate(PageIds.ANALYTICS);
    }

    private static NewApplication app(String company, ApplicationStatus status, String source) {
        return new NewApplication(null, company, "Engineer", status, null, null, source, null, null, null, null, null);
    }

    @AfterEach
    void close() throws java.io.IOException {
        context.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Number> bars(FxRobot robot, String chart) {
        XYChart<String, Number> found = robot.lookup("#chart-" + chart).queryAs(XYChart.class);
        return found.getData().isEmpty() ? List.of()
                : found.getData().get(0).getData().stream().map(XYChart.Data::getYValue).toList();
    }

    @Test
    void chartsShowTheHistoryAndFollowAMoveOnTheBoard(FxRobot robot) {
        // Saved 3, applied 2, interview 0, offer 0.
        waitUntil("the funnel is drawn", WAIT, () -> bars(robot, "funnel").equals(List.of(3.0, 2.0, 0.0, 0.0)));
        assertThat(robot.lookup("#stat-response-rate").queryAs(Label.class).getText()).startsWith("0%");
        assertThat(robot.lookup("#empty-scores").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#empty-scores").queryAs(Label.class).getText()).contains("Import your resume");

        context.tracker().move(acme.id(), ApplicationStatus.INTERVIEW, null);

        waitUntil("the funnel follows the move", WAIT, () -> bars(robot, "funnel").equals(List.of(3.0, 2.0, 1.0, 0.0)));
        waitUntil("the response rate follows", WAIT,
                () -> robot.lookup("#stat-response-rate").queryAs(Label.class).getText().startsWith("50%"));
    }

    @Test
    void aChartIsSavedAsPngAndItsDataAsCsv(FxRobot robot) throws Exception {
        waitUntil("the funnel is drawn", WAIT, () -> bars(robot, "funnel").equals(List.of(3.0, 2.0, 0.0, 0.0)));

        robot.clickOn("#csv-funnel");
        Path csv = dir.resolve("out-funnel.csv");
        waitUntil("the CSV is written", WAIT, () -> Files.exists(csv));
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(
                "Stage,Applications,From previous stage (%)", "Saved,3,", "Applied,2,66.7", "Interview,0,0", "Offer,0,");

        // Below the fold in a small window: pressed through the button itself rather than a click at its place.
        robot.interact(() -> robot.lookup("#csv-sources").queryAs(javafx.scene.control.Button.class).fire());
        Path sources = dir.resolve("out-sources.csv");
        waitUntil("the sources CSV is written", WAIT, () -> Files.exists(sources));
        assertThat(Files.readAllLines(sources, StandardCharsets.UTF_8)).containsExactly(
                "Source,Sent,Answered,Interviews,Offers,Interview rate (%)", "LinkedIn,1,0,0,0,0", "Referral,1,0,0,0,0");

        robot.clickOn("#png-funnel");
        Path png = dir.resolve("out-funnel.png");
        waitUntil("the PNG is written", WAIT, () -> Files.exists(png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a readable PNG").isNotNull();
        javafx.scene.Node chart = robot.lookup("#chart-funnel").query();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(chart.getLayoutBounds().getWidth()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(chart.getLayoutBounds().getHeight()));
        assertThat(distinctColours(image)).as("a drawn chart, not a blank picture").isGreaterThan(2);
        waitUntil("the page says where it went", WAIT,
                () -> robot.lookup("#analytics-status").queryAs(Label.class).getText().contains("out-funnel.png"));
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
