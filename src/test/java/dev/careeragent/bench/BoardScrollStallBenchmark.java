package dev.careeragent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.testing.KeyringOff;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.shell.MainWindow;
import dev.careeragent.ui.tracker.ApplicationsPage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * FX-thread stall probe for the board (on demand: {@code ./mvnw -o test -Dtest=BoardScrollStallBenchmark}): the
 * Applications page with 2,000 applications; the fullest lane is scrolled from top to bottom, a few cards per pulse
 * (as a user drags its scroll bar), twice: the first pass creates the cells, the second is what the user meets after.
 * The longest pulse gap while it scrolls. Target: no gap over 50 ms.
 */
@ExtendWith({KeyringOff.class, ApplicationExtension.class})
class BoardScrollStallBenchmark {

    private static final int STEP = 3;

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theFxThreadKeepsPulsingWhileTheBoardScrolls(FxRobot robot) throws Exception {
        try (ThreadPoolTaskExecutor tasks = new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC());
             AppContext context = TestApp.open(dir, tasks)) {
            TrackerBenchData.applications(context.database(), 2_000, false, 0);
            robot.interact(() -> {
                MainWindow window = new MainWindow(stage, TestApp.services(context), List.of(ApplicationsPage.page(
                        context.tracker(), context.interviews(), context.offers())));
                window.show();
                window.navigate(PageIds.APPLICATIONS);
            });
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> cards(robot) == 2_000);
            List<ListView<?>> lanes = robot.lookup(".list-view").queryAllAs(ListView.class).stream()
                    .filter(l -> l.getId() != null && l.getId().startsWith("lane-")).<ListView<?>>map(l -> l).toList();
            ListView<?> fullest = lanes.stream().max(java.util.Comparator.comparingInt(l -> l.getItems().size())).orElseThrow();
            PulseProbe.Run first = scroll(robot, fullest);
            PulseProbe.Run second = scroll(robot, fullest);
            System.out.printf("Board with 2,000 applications, lane %s (%d cards) scrolled, load average %.1f:%n  first: %s%n"
                    + "  second: %s%n", fullest.getId(), fullest.getItems().size(), PulseProbe.loadAverage(), first, second);
            assertThat(fullest.getItems()).hasSizeGreaterThan(100);
        }
    }

    private static PulseProbe.Run scroll(FxRobot robot, ListView<?> lane) throws Exception {
        AtomicInteger row = new AtomicInteger();
        int end = lane.getItems().size() - 1;
        robot.interact(() -> lane.scrollTo(0));
        AnimationTimer scroller = new AnimationTimer() {
            @Override
            public void handle(long now) {
                lane.scrollTo(Math.min(row.addAndGet(STEP), end));
                if (row.get() >= end) {
                    stop();
                }
            }
        };
        return PulseProbe.measure(robot, scroller::start, () -> row.get() >= end);
    }

    private static int cards(FxRobot robot) {
        return robot.lookup(".list-view").queryAllAs(ListView.class).stream()
                .filter(l -> l.getId() != null && l.getId().startsWith("lane-")).mapToInt(l -> l.getItems().size()).sum();
    }
}
