package dev.careeragent.app.tray;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.notify.FollowUpDue;
import dev.careeragent.notify.HighMatchFound;
import dev.careeragent.notify.InterviewReminder;
import dev.careeragent.tracker.OfferDeadlineDue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tray's notifications: a click opens what was announced last, a posting or the application of a reminder. */
class AppTrayTest {

    private final List<String> messages = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final EventBus events = new EventBus();
    private final AppTray tray = new AppTray(new TrayIconPort() {
        @Override public void displayMessage(String caption, String text) { messages.add(caption); }
        @Override public void setPaused(boolean paused) { }
        @Override public List<String> menuLabels() { return List.of(); }
        @Override public void remove() { }
    }, events, id -> opened.add("posting " + id), id -> opened.add("application " + id), () -> opened.add("window"));

    @Test
    void aClickOnAReminderOpensItsApplication() {
        events.publish(new HighMatchFound(9, 91, "Java Developer", "Acme"));
        events.publish(new FollowUpDue(5, "Globex", "Platform Engineer", "Applied", 15));

        tray.activated();
        tray.activated();

        assertThat(messages).containsExactly("New match 91%", "Follow up with Globex");
        assertThat(opened).containsExactly("application 5", "window");
    }

    @Test
    void interviewAndOfferRemindersAreAnnouncedAndLeadToTheirApplications() {
        events.publish(new InterviewReminder(7, 70, "Acme", "Java Developer", Instant.parse("2026-12-08T14:30:00Z"),
                "https://meet.example/acme", null));
        tray.activated();
        events.publish(new OfferDeadlineDue(3, 30, "Initech", "Staff Engineer", LocalDate.of(2026, 12, 10)));
        tray.activated();
        events.publish(new HighMatchFound(9, 91, "Java Developer", "Acme"));
        tray.activated();

        assertThat(messages).containsExactly("Interview with Acme", "Offer from Initech expires", "New match 91%");
        assertThat(opened).containsExactly("application 70", "application 30", "posting 9");
    }
}
