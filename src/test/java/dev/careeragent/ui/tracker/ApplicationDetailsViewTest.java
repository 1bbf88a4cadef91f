package dev.careeragent.ui.tracker;

import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.notify.FollowUpDue;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.Attachment;
import dev.careeragent.tracker.model.Contact;
import dev.careeragent.tracker.model.Offer;
import dev.careeragent.ui.TestApp;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.notify.NotificationArea;
import dev.careeragent.ui.notify.NotificationCenter;
import dev.careeragent.ui.shell.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The selected application's contacts, files and offer edited on the page; a reminder notice opens its application. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ApplicationDetailsViewTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TrackerPageFixture fixture;
    private final Path dir;
    private final AppContext context;
    private final Application acme;
    private final Application globex;
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private MainWindow window;

    ApplicationDetailsViewTest() throws java.io.IOException {
        fixture = new TrackerPageFixture("application-details");
        dir = fixture.dir;
        context = fixture.context;
        acme = fixture.acme;
        globex = fixture.globex;
    }

    @Start
    void start(Stage stage) throws java.io.IOException {
        Path toAttach = Files.writeString(dir.resolve("call notes.txt"), "asked about on-call");
        window = new MainWindow(stage, TestApp.services(context), List.of(ApplicationsPage.page(context.tracker(),
                context.interviews(), context.offers(), new ApplicationsPage.Dialogs(name -> Optional.empty(),
                        name -> Optional.empty(), () -> Optional.of(toAttach), opened::add))));
        NotificationCenter notices = new NotificationCenter(context.events(), false, window, Platform::runLater);
        window.addOverlay(new NotificationArea(notices));
        window.show();
        window.navigate(PageIds.APPLICATIONS);
    }

    @AfterEach
    void close() throws java.io.IOException {
        fixture.close();
    }

    private void select(FxRobot robot, Application application) {
        @SuppressWarnings("unchecked")
        ListView<Application> lane = robot.lookup("#lane-APPLIED").queryAs(ListView.class);
        waitUntil("the board is filled", WAIT, () -> lane.getItems().size() == 2);
        robot.interact(() -> lane.getSelectionModel().select(lane.getItems().stream()
                .filter(a -> a.id().equals(application.id())).findFirst().orElseThrow()));
        waitUntil("the details show it", WAIT, () -> text(robot, "#application-title").startsWith(application.company()));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(value));
    }

    @SuppressWarnings("unchecked")
    private static <T> ListView<T> list(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    @Test
    void contactsAreAddedEditedRemovedAndRestored(FxRobot robot) {
        select(robot, acme);
        robot.clickOn("#details-contacts");

        type(robot, "#contact-name", "Ann Lee");
        type(robot, "#contact-email", "not-an-address");
        robot.clickOn("#contact-save");
        waitUntil("a bad email is explained", WAIT, () -> text(robot, "#contacts-message").contains("not an email"));
        assertThat(context.tracker().contactsAt("Acme")).isEmpty();

        type(robot, "#contact-email", "ann@acme.example");
        type(robot, "#contact-role", "Recruiter");
        robot.clickOn("#contact-save");
        waitUntil("the contact is listed", WAIT, () -> list(robot, "#contacts-list").getItems().size() == 1);
        assertThat(context.tracker().contactsAt("Acme")).singleElement()
                .satisfies(c -> assertThat(c.email()).isEqualTo("ann@acme.example"));

        robot.interact(() -> list(robot, "#contacts-list").getSelectionModel().select(0));
        robot.clickOn("#contact-edit");
        type(robot, "#contact-role", "Hiring manager");
        robot.clickOn("#contact-save");
        waitUntil("the edit is stored", WAIT, () -> context.tracker().contactsAt("Acme").stream()
                .map(Contact::role).toList().equals(List.of("Hiring manager")));

        waitUntil("the list is reloaded", WAIT, () -> list(robot, "#contacts-list").getItems().size() == 1);
        robot.interact(() -> list(robot, "#contacts-list").getSelectionModel().select(0));
        robot.clickOn("#contact-remove");
        waitUntil("the contact is gone", WAIT, () -> list(robot, "#contacts-list").getItems().isEmpty());
        assertThat(context.tracker().contactsAt("Acme")).isEmpty();

        robot.clickOn("#contact-undo");
        waitUntil("undo brings the contact back", WAIT, () -> list(robot, "#contacts-list").getItems().size() == 1);
        assertThat(context.tracker().contactsAt("Acme")).singleElement()
                .satisfies(c -> assertThat(c.role()).isEqualTo("Hiring manager"));
    }

    @Test
    void aFileIsAttachedOpenedRemovedAndRestored(FxRobot robot) throws Exception {
        select(robot, acme);
        robot.clickOn("#details-files");

        robot.clickOn("#attachment-add");
        ListView<Attachment> files = list(robot, "#attachments-list");
        waitUntil("the file is listed", WAIT, () -> files.getItems().size() == 1);
        Attachment kept = files.getItems().get(0);
        Path copy = context.tracker().file(kept.storedPath());
        assertThat(copy).startsWith(dir).hasContent("asked about on-call");

        robot.interact(() -> files.getSelectionModel().select(0));
        robot.clickOn("#attachment-open");
        waitUntil("the copy is opened", WAIT, () -> opened.equals(List.of(copy)));

        robot.clickOn("#attachment-remove");
        waitUntil("the file is removed", WAIT, () -> files.getItems().isEmpty());
        assertThat(context.tracker().attachments(acme.id())).isEmpty();
        assertThat(copy).doesNotExist();

        robot.clickOn("#attachment-undo");
        waitUntil("undo brings it back", WAIT, () -> files.getItems().size() == 1);
        assertThat(context.tracker().attachments(acme.id())).extracting(Attachment::fileName).containsExactly("call notes.txt");
        assertThat(copy).hasContent("asked about on-call");
    }

    @Test
    void anOfferIsCreatedAndEditedFromTheForm(FxRobot robot) {
        select(robot, globex);
        robot.clickOn("#details-offer");
        waitUntil("the Offer tab is shown (its header is not cut off)", WAIT, () -> robot.lookup("#details-offer").query()
                .getPseudoClassStates().toString().contains("selected"));

        type(robot, "#offer-currency", "USD");
        type(robot, "#offer-base", "abc");
        robot.clickOn("#offer-save");
        waitUntil("a bad amount is explained", WAIT, () -> text(robot, "#offer-message").contains("Base"));
        assertThat(context.offers().forApplication(globex.id())).isEmpty();

        type(robot, "#offer-base", "95k");
        type(robot, "#offer-bonus", "10,000");
        type(robot, "#offer-leave", "25");
        robot.clickOn("#offer-remote");
        robot.clickOn("#offer-save");
        waitUntil("the offer is stored", WAIT, () -> context.offers().forApplication(globex.id()).isPresent());
        Offer saved = context.offers().forApplication(globex.id()).orElseThrow();
        assertThat(saved.currency()).isEqualTo("USD");
        assertThat(saved.base()).isEqualTo(95_000);
        assertThat(saved.bonus()).isEqualTo(10_000);
        assertThat(saved.paidLeaveDays()).isEqualTo(25);
        assertThat(saved.remote()).isTrue();
        waitUntil("the page says so", WAIT, () -> text(robot, "#offer-message").contains("saved"));

        type(robot, "#offer-base", "100000");
        robot.clickOn("#offer-save");
        waitUntil("the edit is stored", WAIT, () -> context.offers().forApplication(globex.id())
                .map(o -> o.base() == 100_000).orElse(false));
        assertThat(context.offers().all()).singleElement().satisfies(o -> assertThat(o.id()).isEqualTo(saved.id()));
    }

    @Test
    void aReminderNoticeOpensItsApplication(FxRobot robot) {
        robot.interact(() -> window.navigate(PageIds.DASHBOARD));
        context.events().publish(new FollowUpDue(globex.id(), "Globex", "Platform Engineer", "Applied", 15));

        waitUntil("the notice shows", WAIT, () -> robot.lookup(".open-notice").tryQuery()
                .map(n -> n.getScene() != null && n.isVisible()).orElse(false));
        robot.clickOn(".open-notice");

        waitUntil("the Applications page is shown", WAIT, () -> PageIds.APPLICATIONS.equals(window.currentPageProperty().get()));
        waitUntil("with the application selected", WAIT, () -> text(robot, "#application-title").startsWith("Globex"));
        assertThat(Collections.singletonList(robot.lookup(".open-notice").tryQuery().isPresent())).containsExactly(false);
    }
}
