package dev.careeragent.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.match.MatchResult;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import dev.careeragent.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real Jobs page with postings scored against a real resume: scores shown, sorted by them, the "why" panel. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class JobsScoresViewTest {

    @TempDir
    Path dir;

    private AppContext context;
    private List<JobPosting> postings;

    /** The page is seeded from the corpus inside the FX start, where a skipped assumption would be an error. */
    @BeforeAll
    static void needsTheCorpus() {
        Corpus.root();
    }

    @Start
    void start(Stage stage) {
        context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        postings = ScoredJobsSeed.seed(context);
        new MainWindow(stage, TestApp.services(context), List.of(JobsPage.page())).show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<PostingRow> table(FxRobot robot) {
        return robot.lookup("#jobs-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static MatchResult shownScore(FxRobot robot, int row) {
        TableColumn<PostingRow, MatchResult> score = (TableColumn<PostingRow, MatchResult>) table(robot).getColumns().get(0);
        return score.getCellData(row);
    }

    private static List<String> labels(FxRobot robot, String under) {
        Node box = robot.lookup(under).query();
        return robot.from(box).lookup((Node n) -> n instanceof Label).queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void showsScoresSortedBestFirstAndWhyTheBestOneScoredSo(FxRobot robot) throws Exception {
        robot.clickOn("#nav-jobs");
        waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == postings.size()
                && shownScore(robot, 0) != null);

        TableView<PostingRow> table = table(robot);
        assertThat(table.getColumns().get(0).getText()).isEqualTo("Score");
        assertThat(table.getSortOrder()).containsExactly(table.getColumns().get(0));
        double best = postings.stream().map(p -> context.matching().result(p.id())).flatMap(java.util.Optional::stream)
                .mapToDouble(MatchResult::score).max().orElseThrow();
        assertThat(shownScore(robot, 0).score()).isEqualTo(best);
        // The rows' cells are drawn on a later pulse than the items arrive.
        waitFor(10, TimeUnit.SECONDS, () -> labels(robot, "#jobs-table").containsAll(
                List.of(Integer.toString(shownScore(robot, 0).badge()), ScoreCells.NOT_SCORED)));
        assertThat(robot.lookup("#jobs-no-resume").query().isVisible()).isFalse();

        robot.interact(() -> table.getSelectionModel().select(0));
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#why-score").tryQuery().isPresent());
        List<String> why = labels(robot, "#why-score");
        assertThat(why).contains("Why this score", shownScore(robot, 0).badge() + " / 100");
        assertThat(why).containsAll(shownScore(robot, 0).explanation().matchedSkills()).isNotEmpty();
        assertThat(why).anySatisfy(l -> assertThat(l).startsWith("\u2022 Skills: "));
    }

    @Test
    void aPostingScoredLaterGetsItsBadgeWithoutReloading(FxRobot robot) throws Exception {
        robot.clickOn("#nav-jobs");
        JobPosting late = postings.get(postings.size() - 1);
        waitFor(20, TimeUnit.SECONDS, () -> table(robot).getItems().size() == postings.size());
        int lateRow = table(robot).getItems().size() - 1;
        assertThat(table(robot).getItems().get(lateRow).id()).isEqualTo(late.id());
        assertThat(shownScore(robot, lateRow)).isNull();

        CompletableFuture.runAsync(() -> context.matching().score(late)).get(60, TimeUnit.SECONDS);

        // Read the rows on the FX thread: the table reloads them there when the score arrives.
        waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().stream()
                .anyMatch(r -> r.id() == late.id() && shownScore(robot, table(robot).getItems().indexOf(r)) != null))
                .get());
    }
}
