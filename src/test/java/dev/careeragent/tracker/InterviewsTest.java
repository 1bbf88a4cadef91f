package dev.careeragent.tracker;

import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.Interview;
import static dev.careeragent.testing.Eventually.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.DataFolder;
import dev.careeragent.core.log.RecentErrors;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.notify.InterviewReminder;
import dev.careeragent.notify.settings.SmtpSecurity;
import dev.careeragent.notify.settings.SmtpSettings;
import dev.careeragent.testing.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interviews on the real services: prep checklist, .ics round trip through biweekly, invite import, reminders. */
class InterviewsTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private AppContext context;

    @BeforeEach
    void open() {
        DataFolder folder = new DataFolder(dir);
        context = new AppContext(folder, clock, new SettingsStore(folder.settingsFile()), new RecentErrors(),
                new CurrentThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Application track(String company, String title) {
        return context.tracker().track(new NewApplication(null, company, title, ApplicationStatus.INTERVIEW, null, null,
                null, null, null, null, null, null));
    }

    @Test
    void anExportedInterviewReadsBackWithTheLibraryWithItsZoneAndDetails() {
        Application acme = track("Acme", "Java Developer");
        ZonedDateTime at = ZonedDateTime.of(2026, 3, 10, 14, 30, 0, 0, BERLIN);
        Interview i = context.interviews().schedule(acme.id(), at, 45, Interview.Kind.VIDEO, "Ann Lee, bob@acme.example",
                "https://meet.example/abc");

        String ics = context.interviews().exportIcs(List.of(i.id()));

        ICalendar read = Biweekly.parse(ics).first();
        VEvent event = read.getEvents().get(0);
        assertThat(event.getSummary().getValue()).contains("Acme", "Java Developer", "Video");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(at.toInstant());
        assertThat(read.getTimezoneInfo().getTimezone(event.getDateStart()).getTimeZone().getID()).isEqualTo("Europe/Berlin");
        assertThat(event.getDuration().getValue().toMillis()).isEqualTo(Duration.ofMinutes(45).toMillis());
        assertThat(event.getLocation().getValue()).isEqualTo("https://meet.example/abc");
        assertThat(event.getUid().getValue()).isEqualTo(i.uid());
        assertThat(event.getAttendees()).extracting(a -> a.getCommonName() != null ? a.getCommonName() : a.getEmail())
                .containsExactly("Ann Lee", "bob@acme.example");

        List<InterviewCalendar.InviteEvent> back = InterviewCalendar.read(ics);
        assertThat(back).singleElement().satisfies(e -> {
            assertThat(e.start()).isEqualTo(at);
            assertThat(e.kind()).isEqualTo(Interview.Kind.VIDEO);
        });
    }

    @Test
    void prepNotesStartAsAChecklistOfRequiredSkillsAndGaps() {
        InterviewService service = new InterviewService(new dev.careeragent.tracker.store.InterviewStore(context.database()),
                context.tracker(), new PrepTopics() {
                    @Override public List<String> requiredSkills(long postingId) { return List.of("Java", "Kubernetes"); }
                    @Override public List<String> gaps(long postingId) { return List.of("Kubernetes"); }
                }, context.events(), clock);
        Application a = context.tracker().track(new NewApplication(null, "Acme", "Dev", ApplicationStatus.APPLIED,
                null, null, null, null, null, null, null, null));
        assertThat(service.prepChecklist(a)).doesNotContain("Review:").as("no posting, no skills");
        Application withJob = new Application(a.id(), 42L, null, "Acme", "Dev", ApplicationStatus.APPLIED, null, null, null,
                null, null, null, null, null, a.createdAt(), a.updatedAt());
        assertThat(service.prepChecklist(withJob).lines()).contains("- [ ] Review: Java", "- [ ] Review: Kubernetes",
                "- [ ] Gap to address: Kubernetes");
    }

    @Test
    void anInviteFromAnEmailIsFiledUnderTheApplicationOfTheCompanyItNames() {
        track("Initech", "Tester");
        Application globex = track("Globex Corp", "Platform Engineer");
        String invite = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
                METHOD:REQUEST\r
                BEGIN:VEVENT\r
                DTSTART:20260312T090000Z\r
                DTEND:20260312T100000Z\r
                UID:7kukuqrfedlm2f9t0vqnl1g0o8@google.com\r
                ORGANIZER;CN=Sara Recruiter:mailto:sara@globex.example\r
                ATTENDEE;CN=Sara Recruiter;ROLE=REQ-PARTICIPANT:mailto:sara@globex.example\r
                SUMMARY:Technical interview - Globex Corp\r
                DESCRIPTION:Join with Google Meet: https://meet.google.com/abc-defg-hij\r
                LOCATION:\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        List<InterviewService.Imported> imported = context.interviews().importInvite(invite, null);

        assertThat(imported).singleElement().satisfies(x -> {
            assertThat(x.application().id()).isEqualTo(globex.id());
            assertThat(x.interview().start().toInstant()).isEqualTo(Instant.parse("2026-03-12T09:00:00Z"));
            assertThat(x.interview().durationMinutes()).isEqualTo(60);
            assertThat(x.interview().place()).isEqualTo("https://meet.google.com/abc-defg-hij");
            assertThat(x.interview().kind()).isEqualTo(Interview.Kind.VIDEO);
            assertThat(x.interview().people()).contains("Sara Recruiter <sara@globex.example>");
        });
        context.interviews().importInvite(invite.replace("090000Z", "100000Z").replace("100000Z\r\nUID", "110000Z\r\nUID"), null);
        assertThat(context.interviews().forApplication(globex.id())).as("the same UID updates, never duplicates")
                .singleElement().satisfies(i -> assertThat(i.start().toInstant()).isEqualTo(Instant.parse("2026-03-12T10:00:00Z")));
    }

    @Test
    void anInviteNamingNoTrackedCompanyOrNoEventIsRefusedWithAMessage() {
        track("Initech", "Tester");
        String invite = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260312T090000Z\r\n"
                + "SUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assertThatThrownBy(() -> context.interviews().importInvite(invite, null)).hasMessageContaining("No application matches");
        assertThatThrownBy(() -> context.interviews().importInvite("hello", null)).hasMessageContaining("no calendar event");
        assertThat(context.interviews().all()).isEmpty();
    }

    @Test
    void theWeekViewHoldsMondayToSundayInTheUsersZone() {
        Application acme = track("Acme", "Java Developer");
        context.interviews().schedule(acme.id(), ZonedDateTime.of(2026, 3, 9, 0, 30, 0, 0, BERLIN), 30, Interview.Kind.PHONE, null, null);
        context.interviews().schedule(acme.id(), ZonedDateTime.of(2026, 3, 15, 23, 0, 0, 0, BERLIN), 30, Interview.Kind.PHONE, null, null);
        context.interviews().schedule(acme.id(), ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, BERLIN), 30, Interview.Kind.PHONE, null, null);
        assertThat(context.interviews().week(LocalDate.of(2026, 3, 11), BERLIN)).hasSize(2);
    }

    @Test
    void anInterviewIsRemindedOnceADayBeforeInTheTrayAndByEmail() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        try {
            mail.setUser("agent@example.com", "agent", "pw-123");
            context.agent().emailSettings().saveSmtp(new SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, "agent",
                    "agent@example.com", "seeker@example.com", true), "pw-123");
            Application acme = track("Acme", "Java Developer");
            context.interviews().schedule(acme.id(), ZonedDateTime.of(2026, 3, 4, 10, 0, 0, 0, ZoneOffset.UTC), 60,
                    Interview.Kind.ON_SITE, "Ann", "Acme HQ, Main St 1");
            List<InterviewReminder> tray = new CopyOnWriteArrayList<>();
            context.events().subscribe(InterviewReminder.class, tray::add);
            context.agent().start(ticker, Duration.ofMillis(50));

            waitUntil("first reminder run", Duration.ofSeconds(20), () -> finished(1));
            assertThat(tray).as("two days ahead: too early").isEmpty();

            clock.advance(Duration.ofHours(27));
            context.agent().scheduler().runNow(TrackerReminderJob.KEY);
            waitUntil("second reminder run", Duration.ofSeconds(20), () -> finished(2));
            assertThat(tray).singleElement().satisfies(r -> assertThat(r.place()).isEqualTo("Acme HQ, Main St 1"));

            clock.advance(Duration.ofMinutes(20));
            context.agent().scheduler().runNow(TrackerReminderJob.KEY);
            waitUntil("third reminder run", Duration.ofSeconds(20), () -> finished(3));
            assertThat(tray).as("reminded once").hasSize(1);

            context.agent().outbox().deliverDue();
            MimeMessage[] received = mail.getReceivedMessages();
            assertThat(received).singleElement().satisfies(m -> assertThat(m.getSubject()).contains("Acme"));
        } finally {
            ticker.shutdownNow();
            mail.stop();
        }
    }

    private boolean finished(int runs) {
        var recent = context.scheduleStatus().runsOf(TrackerReminderJob.KEY, 10);
        return recent.size() >= runs && recent.get(0).outcome() != null;
    }
}
