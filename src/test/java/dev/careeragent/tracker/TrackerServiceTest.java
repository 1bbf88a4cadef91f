package dev.careeragent.tracker;

import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.Contact;
import dev.careeragent.tracker.model.Attachment;
import dev.careeragent.tracker.model.Offer;
import dev.careeragent.tracker.model.TrackerException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.store.Database;
import dev.careeragent.testing.MutableClock;
import dev.careeragent.testing.TestDatabases;
import dev.careeragent.tracker.store.ApplicationStore;
import dev.careeragent.tracker.store.OfferStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackerServiceTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private final EventBus events = new EventBus();
    private final List<ApplicationChanged> changes = new ArrayList<>();
    private Database db;
    private TrackerService tracker;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir.resolve("data"));
        tracker = new TrackerService(new ApplicationStore(db), dir.resolve("data"), events, clock, () -> 14);
        events.subscribe(ApplicationChanged.class, changes::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static NewApplication applied(String company, String title) {
        return new NewApplication(null, company, title, ApplicationStatus.APPLIED, "Company site",
                "https://acme.example/jobs/1", "greenhouse", null, null,
                new NewApplication.SentFile("my resume.pdf", "%PDF resume v3".getBytes(StandardCharsets.UTF_8)),
                new NewApplication.SentFile("letter.txt", "Dear Acme".getBytes(StandardCharsets.UTF_8)), "referral by Ann");
    }

    @Test
    void trackingKeepsCopiesOfTheFilesSentWithDateChannelAndLink() throws Exception {
        Application a = tracker.track(applied("Acme", "Java Developer"));

        Application stored = tracker.require(a.id());
        assertThat(stored.appliedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(stored.channel()).isEqualTo("Company site");
        assertThat(stored.link()).isEqualTo("https://acme.example/jobs/1");
        assertThat(Files.readString(tracker.file(stored.resumeFile()))).isEqualTo("%PDF resume v3");
        assertThat(stored.resumeFile()).isEqualTo("applications/" + a.id() + "/resume-my_resume.pdf");
        assertThat(Files.readString(tracker.file(stored.coverLetterFile()))).isEqualTo("Dear Acme");
        assertThat(tracker.history(a.id())).singleElement().satisfies(h -> {
            assertThat(h.from()).isNull();
            assertThat(h.to()).isEqualTo(ApplicationStatus.APPLIED);
        });
        assertThat(changes).extracting(ApplicationChanged::applicationId).contains(a.id());
    }

    @Test
    void aMoveWritesADatedHistoryRowAndUndoRemovesItAndRestoresTheStatus() {
        Application a = tracker.track(applied("Acme", "Java Developer"));
        clock.advance(Duration.ofDays(3));

        TrackerService.Move move = tracker.move(a.id(), ApplicationStatus.INTERVIEW, "call with Ann").orElseThrow();

        assertThat(tracker.require(a.id()).status()).isEqualTo(ApplicationStatus.INTERVIEW);
        assertThat(tracker.history(a.id())).hasSize(2).last().satisfies(h -> {
            assertThat(h.from()).isEqualTo(ApplicationStatus.APPLIED);
            assertThat(h.to()).isEqualTo(ApplicationStatus.INTERVIEW);
            assertThat(h.at()).isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
            assertThat(h.note()).isEqualTo("call with Ann");
        });

        assertThat(tracker.undo(move)).isTrue();
        assertThat(tracker.require(a.id()).status()).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(tracker.require(a.id()).updatedAt()).isEqualTo(a.updatedAt());
        assertThat(tracker.history(a.id())).hasSize(1);
        assertThat(tracker.undo(move)).as("a move is undone once").isFalse();
    }

    @Test
    void noAnswerIsSuggestedOnlyAfterTheSetNumberOfQuietDays() {
        Application quiet = tracker.track(applied("Acme", "Java Developer"));
        clock.advance(Duration.ofDays(10));
        Application recent = tracker.track(applied("Initech", "Tester"));
        assertThat(tracker.suggestNoAnswer()).isEmpty();
        clock.advance(Duration.ofDays(5));
        assertThat(tracker.suggestNoAnswer()).extracting(Application::id).containsExactly(quiet.id());
        tracker.move(quiet.id(), ApplicationStatus.REJECTED, null);
        clock.advance(Duration.ofDays(30));
        assertThat(tracker.suggestNoAnswer()).extracting(Application::id).containsExactly(recent.id());
    }

    @Test
    void contactsBelongToTheCompanyAndAttachmentsAreCopied() throws Exception {
        Application a = tracker.track(applied("Acme", "Java Developer"));
        tracker.saveContact(new Contact(null, "Acme", "Ann Lee", "Recruiter", "ann@acme.example", "+1 555", "https://li/ann"));
        tracker.saveContact(new Contact(null, "Initech", "Bob", null, null, null, null));
        assertThat(tracker.contactsAt("ACME")).extracting(Contact::name).containsExactly("Ann Lee");

        Path offer = Files.writeString(dir.resolve("offer letter.pdf"), "offer");
        Attachment attached = tracker.attach(a.id(), offer);
        Files.delete(offer);
        assertThat(Files.readString(tracker.file(attached.storedPath()))).isEqualTo("offer");
        assertThat(tracker.attachments(a.id())).extracting(Attachment::fileName).containsExactly("offer letter.pdf");
    }

    @Test
    void aContactCanBeEditedAndRemoved() {
        Contact ann = tracker.saveContact(new Contact(null, "Acme", "Ann Lee", "Recruiter", "ann@acme.example", null, null));

        tracker.saveContact(new Contact(ann.id(), "Acme", "Ann Lee-Park", "Hiring manager", "ann@acme.example", "+1 555", null));
        assertThat(tracker.contactsAt("Acme")).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Ann Lee-Park");
            assertThat(c.role()).isEqualTo("Hiring manager");
            assertThat(c.phone()).isEqualTo("+1 555");
        });

        assertThat(tracker.deleteContact(ann.id())).isTrue();
        assertThat(tracker.contactsAt("Acme")).isEmpty();
        assertThat(tracker.deleteContact(ann.id())).as("already gone").isFalse();
    }

    @Test
    void aRemovedAttachmentCanBeRestoredWithItsFile() throws Exception {
        Application a = tracker.track(applied("Acme", "Java Developer"));
        Attachment notes = tracker.attach(a.id(), Files.writeString(dir.resolve("notes.txt"), "call notes"));
        clock.advance(Duration.ofMinutes(1));
        Attachment offer = tracker.attach(a.id(), Files.writeString(dir.resolve("offer.pdf"), "offer"));

        Attachment removed = tracker.removeAttachment(notes.id()).orElseThrow();
        assertThat(tracker.attachments(a.id())).extracting(Attachment::fileName).containsExactly("offer.pdf");
        assertThat(tracker.file(notes.storedPath())).doesNotExist();
        assertThat(tracker.removeAttachment(notes.id())).as("removing twice").isEmpty();

        Attachment restored = tracker.restoreAttachment(removed);
        assertThat(tracker.attachments(a.id())).extracting(Attachment::fileName).containsExactly("notes.txt", "offer.pdf");
        assertThat(restored.storedPath()).isEqualTo(notes.storedPath());
        assertThat(Files.readString(tracker.file(restored.storedPath()))).isEqualTo("call notes");
        assertThat(offer.id()).isNotEqualTo(restored.id());
    }

    @Test
    void somethingThatIsNotAFileIsNotAttached() {
        Application a = tracker.track(applied("Acme", "Java Developer"));

        assertThatThrownBy(() -> tracker.attach(a.id(), dir)).isInstanceOf(TrackerException.class)
                .hasMessageContaining("not a file");
        assertThatThrownBy(() -> tracker.attach(a.id(), dir.resolve("missing.pdf"))).isInstanceOf(TrackerException.class);
        assertThat(tracker.attachments(a.id())).isEmpty();
    }

    @Test
    void theOfferOfAnApplicationIsFoundAndEdited() {
        Application a = tracker.track(applied("Acme", "Java Developer"));
        OfferService offers = new OfferService(new OfferStore(db), tracker);
        assertThat(offers.forApplication(a.id())).isEmpty();

        Offer saved = offers.save(new Offer(null, a.id(), "EUR", 80_000, 5_000, 0, 4, 0, 0, null, 30, "Berlin", false, null, null));
        offers.save(new Offer(saved.id(), a.id(), "EUR", 85_000, 5_000, 0, 4, 0, 0, null, 30, "Berlin", true, null, null));

        assertThat(offers.forApplication(a.id())).hasValueSatisfying(o -> {
            assertThat(o.id()).isEqualTo(saved.id());
            assertThat(o.base()).isEqualTo(85_000);
            assertThat(o.remote()).isTrue();
        });
        assertThat(offers.all()).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsStored() {
        assertThatThrownBy(() -> applied(" ", "Java")).hasMessageContaining("company");
        assertThatThrownBy(() -> tracker.move(99, ApplicationStatus.OFFER, null)).hasMessageContaining("no application 99");
        assertThatThrownBy(() -> tracker.saveContact(new Contact(null, "Acme", "", null, null, null, null)))
                .hasMessageContaining("name");
        assertThat(tracker.count()).isZero();
    }

    @Test
    void searchNeedsEveryWordInSomeField() {
        Application a = tracker.track(applied("Acme", "Java Developer"));
        assertThat(TrackerService.matches(a, "acme referral")).isTrue();
        assertThat(TrackerService.matches(a, "java applied")).isTrue();
        assertThat(TrackerService.matches(a, "acme python")).isFalse();
    }
}
