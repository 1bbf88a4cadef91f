package dev.careeragent.ui.tracker;

import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import biweekly.Biweekly;
import biweekly.ICalendar;
import dev.careeragent.context.AppContext;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.Offer;
import dev.careeragent.tracker.model.StatusChange;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.shell.MainWindow;
import dev.careeragent.tracker.model.Interview;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import javafx.scene.Node;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Applications page on real services: drag on the board with undo, interviews with .ics, offers compared. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ApplicationsViewTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TrackerPageFixture fixture;
    private final Path dir;
    private final AppContext context;
    private final Application acme;
    private final Application globex;

    /** The services open before the FX setup starts (its timeout is short on a loaded machine). */
    ApplicationsViewTest() throws java.io.IOException {
        fixture = new TrackerPageFixture("applications-view");
        dir = fixture.dir;
        context = fixture.context;
        acme = fixture.acme;
        globex = fixture.globex;
    }

    @Start
    void start(Stage stage) {
        MainWindow window = new MainWindow(stage, TestApp.services(context), List.of(ApplicationsPage.page(context.tracker(),
                context.interviews(), context.offers(), new ApplicationsPage.Dialogs(name -> Optional.of(dir.resolve("out-" + name)),
                name -> Optional.of(dir.resolve(name)), Optional::empty, file -> { }))));
        window.show();
        window.navigate(PageIds.APPLICATIONS);
    }

    @AfterEach
    void close() throws java.io.IOException {
        fixture.close();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Application> lane(FxRobot robot, ApplicationStatus status) {
        return robot.lookup("#lane-" + status.name()).queryAs(ListView.class);
    }

    @Test
    void draggingACardToInterviewWritesHistoryAndUndoRestoresIt(FxRobot robot) {
        waitUntil("the board is filled", WAIT, () -> lane(robot, ApplicationStatus.APPLIED).getItems().size() == 2);

        robot.drag(robot.lookup("#lane-APPLIED .board-card").nth(0).queryAs(javafx.scene.Node.class))
                .dropTo(lane(robot, ApplicationStatus.INTERVIEW));

        waitUntil("the card moved", WAIT, () -> lane(robot, ApplicationStatus.INTERVIEW).getItems().size() == 1);
        long moved = lane(robot, ApplicationStatus.INTERVIEW).getItems().get(0).id();
        List<StatusChange> history = context.tracker().history(moved);
        assertThat(history).hasSize(2);
        assertThat(history.get(1).to()).isEqualTo(ApplicationStatus.INTERVIEW);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil("undo put it back", WAIT, () -> lane(robot, ApplicationStatus.APPLIED).getItems().size() == 2);
        assertThat(context.tracker().history(moved)).hasSize(1);
        assertThat(context.tracker().require(moved).status()).isEqualTo(ApplicationStatus.APPLIED);

        robot.clickOn(robot.lookup("#lane-APPLIED .board-card").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        waitUntil("the keyboard moved it to Screening", WAIT, () -> lane(robot, ApplicationStatus.SCREENING).getItems().size() == 1);
    }

    @Test
    void addAnInterviewExportItAsIcsAndImportAnInvite(FxRobot robot) throws Exception {
        waitUntil("the board is filled", WAIT, () -> lane(robot, ApplicationStatus.APPLIED).getItems().size() == 2);
        robot.interact(() -> lane(robot, ApplicationStatus.APPLIED).getSelectionModel().select(
                lane(robot, ApplicationStatus.APPLIED).getItems().stream().filter(a -> a.id().equals(acme.id())).findFirst().orElseThrow()));
        robot.clickOn("#tab-interviews");
        robot.interact(() -> {
            robot.lookup("#interview-time").queryAs(TextField.class).setText("14:30");
            robot.lookup("#interview-place").queryAs(TextField.class).setText("Acme HQ, Main St 1");
        });
        robot.clickOn("#interview-add");
        waitUntil("the interview is stored", WAIT, () -> context.interviews().forApplication(acme.id()).size() == 1);
        long added = context.interviews().forApplication(acme.id()).get(0).id();
        waitUntil("the week calendar shows it", WAIT, () -> robot.lookup("#interview-" + added).tryQuery().isPresent());

        robot.clickOn("#interviews-export");
        Path exported = dir.resolve("out-interviews.ics");
        waitUntil("the file is written", WAIT, () -> robot.lookup("#interviews-message").queryAs(Label.class).getText()
                .startsWith("Saved"));
        ICalendar calendar = Biweekly.parse(Files.readString(exported)).first();
        assertThat(calendar.getEvents()).singleElement()
                .satisfies(e -> assertThat(e.getLocation().getValue()).isEqualTo("Acme HQ, Main St 1"));

        Files.writeString(dir.resolve("invite.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:inv-1@globex.example\r\n"
                + "DTSTART:20260320T130000Z\r\nDTEND:20260320T140000Z\r\nSUMMARY:Interview with Globex\r\n"
                + "LOCATION:https://zoom.example/j/1\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        robot.clickOn("#interviews-import");
        waitUntil("the invite is filed under Globex", WAIT, () -> context.interviews().forApplication(globex.id()).size() == 1);
        waitUntil("the page says so", WAIT, () -> robot.lookup("#interviews-message").queryAs(Label.class).getText()
                .contains("Globex"));
    }

    @Test
    void theWeekIsACalendarWithInterviewsPlacedByTimeAndKeysToMoveBetweenWeeks(FxRobot robot) {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ZoneId zone = ZoneId.systemDefault();
        long tuesday = context.interviews().schedule(acme.id(), monday.plusDays(1).atTime(14, 30).atZone(zone), 60,
                Interview.Kind.VIDEO, null, null).id();
        long overlapping = context.interviews().schedule(globex.id(), monday.plusDays(1).atTime(15, 0).atZone(zone), 30,
                Interview.Kind.PHONE, null, null).id();
        long thursday = context.interviews().schedule(globex.id(), monday.plusDays(3).atTime(9, 0).atZone(zone), 60,
                Interview.Kind.ON_SITE, null, "Globex HQ").id();
        robot.clickOn("#tab-interviews");
        waitUntil("the week is drawn", WAIT, () -> robot.lookup("#interview-" + thursday).tryQuery().isPresent());

        Node first = robot.lookup("#interview-" + tuesday).query();
        Node second = robot.lookup("#interview-" + overlapping).query();
        Node third = robot.lookup("#interview-" + thursday).query();
        assertThat(first.getParent().getId()).isEqualTo("day-1");
        assertThat(second.getParent().getId()).isEqualTo("day-1");
        assertThat(third.getParent().getId()).isEqualTo("day-3");
        assertThat(first.getLayoutY()).as("14:30 is 6.5 hours below 08:00").isCloseTo(6.5 * WeekCalendar.HOUR_HEIGHT, within(0.5));
        assertThat(third.getLayoutY()).isCloseTo(1 * WeekCalendar.HOUR_HEIGHT, within(0.5));
        waitUntil("overlaps sit side by side", WAIT, () -> second.getLayoutX() > first.getLayoutX() + 10);
        assertThat(first.getBoundsInParent().getHeight()).isCloseTo(WeekCalendar.HOUR_HEIGHT, within(1.0));

        robot.clickOn(third);
        waitUntil("the interview's application is selected", WAIT, () -> robot.lookup("#application-title")
                .queryAs(Label.class).getText().startsWith("Globex"));

        robot.clickOn(robot.lookup("#interviews-week").queryAs(Node.class));
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil("next week is shown", WAIT, () -> weekLabel(robot).endsWith(monday.plusWeeks(1).toString()));
        waitUntil("with none of this week's interviews", WAIT, () -> robot.lookup("#interview-" + tuesday).tryQuery().isEmpty());
        robot.type(KeyCode.PAGE_UP).type(KeyCode.PAGE_UP);
        waitUntil("last week is shown", WAIT, () -> weekLabel(robot).endsWith(monday.minusWeeks(1).toString()));
        robot.type(KeyCode.T);
        waitUntil("T goes back to this week", WAIT, () -> weekLabel(robot).endsWith(monday.toString()));
        waitUntil("with its interviews", WAIT, () -> robot.lookup("#interview-" + tuesday).tryQuery().isPresent());
    }

    private static String weekLabel(FxRobot robot) {
        return robot.lookup("#interviews-week-label").queryAs(Label.class).getText();
    }

    @Test
    void twoOffersAreComparedSideBySide(FxRobot robot) {
        context.offers().save(new Offer(null, acme.id(), "EUR", 80_000, 0, 0, 4, 0, 0, null, 30, "Berlin", false, null, null));
        context.offers().save(new Offer(null, globex.id(), "USD", 100_000, 0, 0, 4, 0, 0, null, 20, null, true, null, null));
        robot.clickOn("#tab-offers");
        ListView<?> offers = robot.lookup("#offers-list").queryAs(ListView.class);
        waitUntil("both offers listed", WAIT, () -> offers.getItems().size() == 2);
        robot.interact(() -> offers.getSelectionModel().selectAll());
        robot.interact(() -> robot.lookup("#offers-rates").queryAs(TextField.class).setText("USD=0.5"));
        robot.clickOn("#offers-compare");
        waitUntil("compared", WAIT, () -> robot.lookup("#offers-message").queryAs(Label.class).getText().contains("Best"));
        assertThat(robot.lookup("#offers-message").queryAs(Label.class).getText()).contains("Acme");
        assertThat(robot.lookup("#offers-comparison").lookup(".label").queryAll()).isNotEmpty();
        assertThat(robot.lookup("50,000").tryQuery()).as("the dollar offer at the edited rate").isPresent();
    }
}
