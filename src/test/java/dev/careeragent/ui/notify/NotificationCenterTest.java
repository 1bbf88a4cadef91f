package dev.careeragent.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.clip.JobClipped;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.notify.FollowUpDue;
import dev.careeragent.notify.InterviewReminder;
import dev.careeragent.tracker.OfferDeadlineDue;
import dev.careeragent.ui.nav.Navigator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clipped jobs, interview reminders and offer deadlines reach the in-window notices. */
class NotificationCenterTest {

    private final EventBus events = new EventBus();
    private final List<Long> shownPostings = new ArrayList<>();
    private final List<Long> shownApplications = new ArrayList<>();
    private final NotificationCenter center = new NotificationCenter(events, false, new Navigator() {
        @Override public boolean navigate(String pageId) { return true; }
        @Override public boolean hasPage(String pageId) { return true; }
        @Override public boolean showPosting(long postingId) { return shownPostings.add(postingId); }
        @Override public boolean showApplication(long applicationId) { return shownApplications.add(applicationId); }
    }, Runnable::run);

    @Test
    void aClippedJobIsAnnouncedAndOpensItsPosting() {
        events.publish(new JobClipped(42, "Platform Engineer", "Globex", true, 81.4));

        Notice notice = center.notices().get(0);
        assertThat(notice.title()).contains("Job clipped", "81%");
        assertThat(notice.text()).isEqualTo("Platform Engineer at Globex");
        assertThat(center.unreadProperty().get()).isEqualTo(1);

        center.open(notice);

        assertThat(shownPostings).containsExactly(42L);
        assertThat(center.notices()).isEmpty();
    }

    @Test
    void interviewRemindersAndOfferDeadlinesAreNoticesNewestFirst() {
        events.publish(new InterviewReminder(7, 70, "Acme", "Java Developer", Instant.parse("2026-12-08T14:30:00Z"),
                "https://meet.example/acme", null));
        events.publish(new OfferDeadlineDue(3, 30, "Initech", "Staff Engineer", LocalDate.of(2026, 12, 10)));

        assertThat(center.notices()).hasSize(2);
        Notice offer = center.notices().get(0);
        assertThat(offer.title()).isEqualTo("Offer from Initech expires");
        assertThat(offer.text()).startsWith("Staff Engineer: answer by ").contains("2026");
        Notice interview = center.notices().get(1);
        assertThat(interview.kind()).isEqualTo(Notice.Kind.FOLLOW_UP);
        assertThat(interview.title()).isEqualTo("Interview with Acme");
        assertThat(interview.text()).startsWith("Java Developer, ").endsWith(", https://meet.example/acme.");
        assertThat(center.unreadProperty().get()).isEqualTo(2);
    }

    @Test
    void remindersAboutAnApplicationOpenIt() {
        events.publish(new FollowUpDue(5, "Globex", "Platform Engineer", "Applied", 15));
        events.publish(new InterviewReminder(7, 70, "Acme", "Java Developer", Instant.parse("2026-12-08T14:30:00Z"), null, null));
        events.publish(new OfferDeadlineDue(3, 30, "Initech", "Staff Engineer", LocalDate.of(2026, 12, 10)));
        assertThat(center.notices()).extracting(Notice::applicationId).containsExactly(30L, 70L, 5L);
        assertThat(center.notices()).extracting(Notice::postingId).containsOnlyNulls();

        List.copyOf(center.notices()).forEach(center::open);

        assertThat(shownApplications).containsExactly(30L, 70L, 5L);
        assertThat(shownPostings).isEmpty();
        assertThat(center.notices()).isEmpty();
    }

    @Test
    void closedCenterHearsNothing() {
        center.close();

        events.publish(new OfferDeadlineDue(3, 30, "Initech", "Staff Engineer", LocalDate.of(2026, 12, 10)));

        assertThat(center.notices()).isEmpty();
    }
}
