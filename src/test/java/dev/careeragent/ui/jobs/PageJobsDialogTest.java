package dev.careeragent.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitFor;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.ThreadPoolTaskExecutor;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.ui.FxCallbacks;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Add job from page" on a saved job board page offers its cards and stores only the chosen ones. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PageJobsDialogTest {

    @TempDir
    Path dir;

    private AppContext context;

    @Start
    void start(Stage stage) throws Exception {
        context = TestApp.open(dir, new ThreadPoolTaskExecutor(2, new FxCallbacks(), e -> { }, Clock.systemUTC()));
        new MainWindow(stage, TestApp.services(context), List.of(JobsPage.page())).show();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private static Path board() throws Exception {
        return Path.of(PageJobsDialogTest.class.getResource("harbor_bakery_board.html").toURI());
    }

    @SuppressWarnings("unchecked")
    private static ListView<PageJobsViewModel.Card> cards(FxRobot robot) {
        return robot.lookup("#page-jobs-list").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<PostingRow> table(FxRobot robot) {
        return robot.lookup("#jobs-table").queryAs(TableView.class);
    }

    private static void openBoard(FxRobot robot) throws Exception {
        robot.clickOn("#nav-jobs");
        robot.clickOn("#toggle-import");
        String file = board().toString();
        robot.interact(() -> robot.lookup("#import-address").queryAs(TextField.class).setText(file));
        robot.clickOn("#import-add");
        waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#page-jobs-list").tryQuery().isPresent());
    }

    @Test
    void theBoardsCardsAreOfferedAndOnlyTheChosenOnesStored(FxRobot robot) throws Exception {
        openBoard(robot);
        assertThat(cards(robot).getItems()).extracting(PageJobsViewModel.Card::label).containsExactly(
                "Pastry Chef \u2014 Harbor Bakery \u00b7 Lisbon, Portugal",
                "Bread Baker (Night Shift) \u2014 Harbor Bakery \u00b7 Porto, Portugal",
                "Shift Supervisor \u2014 Harbor Bakery \u00b7 Lisbon, Portugal");
        assertThat(cards(robot).getItems()).allSatisfy(c -> assertThat(c.chosenProperty().get()).isTrue());

        Node baker = robot.from(cards(robot)).lookup((ListCell<?> cell) -> cell.getText() != null
                && cell.getText().startsWith("Bread Baker")).queryAs(ListCell.class).getGraphic();
        robot.clickOn(baker);
        assertThat(cards(robot).getItems().get(1).chosenProperty().get()).isFalse();
        assertThat(robot.lookup("#page-jobs-add").queryButton().getText()).isEqualTo("Add 2 chosen");
        robot.clickOn("#page-jobs-add");

        waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 2);
        assertThat(table(robot).getItems()).extracting(PostingRow::title)
                .containsExactlyInAnyOrder("Pastry Chef", "Shift Supervisor");
        assertThat(table(robot).getItems()).extracting(PostingRow::company).containsOnly("Harbor Bakery");
        assertThat(robot.lookup("#page-jobs-list").tryQuery()).isEmpty();
    }

    @Test
    void choosingNoneDisablesAddAndCancelStoresNothing(FxRobot robot) throws Exception {
        openBoard(robot);
        robot.clickOn("#page-jobs-none");
        assertThat(robot.lookup("#page-jobs-add").queryButton().isDisabled()).isTrue();
        robot.clickOn("#page-jobs-cancel");
        waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#page-jobs-list").tryQuery().isEmpty());
        assertThat(context.postings().countActive()).isZero();
    }
}
