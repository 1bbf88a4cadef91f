package dev.careeragent.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.notify.model.ScoredPosting;
import dev.careeragent.notify.settings.MessageRule;
import dev.careeragent.notify.settings.SmtpSecurity;
import dev.careeragent.notify.settings.SmtpSettings;
import dev.careeragent.schedule.ScheduleStatus;
import dev.careeragent.schedule.Scheduler;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.store.ScheduleRepository;
import dev.careeragent.testing.MutableClock;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Email through a local GreenMail (and a loopback stub for multi-line refusals): messages, rules, quiet hours; the
 * password never crosses the network in clear unless the user accepted it, and a server's reply reaches the user as
 * one readable line without credentials.
 */
class EmailDeliveryTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private int port;
    private GreenMail greenMail;
    private NotifyStack stack;

    @BeforeEach
    void start() throws Exception {
        port = NotifyStack.freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser("agent@example.com", NotifyStack.USER, NotifyStack.PASSWORD);
        stack = new NotifyStack(dir, clock, port);
    }

    @AfterEach
    void stop() {
        stack.close();
        greenMail.stop();
    }

    private MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    @Test
    void theTestEmailArrivesWithHtmlAndTextAndAUtf8Subject() throws Exception {
        String messageId = stack.sender.sendTestEmail();

        assertThat(received()).hasSize(1);
        MimeMessage mail = received()[0];
        assertThat(mail.getSubject()).isEqualTo("Career Agent – test email ✓");
        assertThat(mail.getMessageID()).isEqualTo(messageId);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(NotifyStack.TO);
        assertThat(Mails.text(mail, "text/plain")).contains("your email settings work").doesNotContain("<p>");
        assertThat(Mails.text(mail, "text/html")).contains("<p>This is a test email").contains("127.0.0.1:" + port);
    }

    @Test
    void aWrongPasswordFailsWithAMessageThatSaysWhatToCheck() {
        stack.vault.put("smtp.password", "not-the-password");
        org.assertj.core.api.Assertions.assertThatThrownBy(stack.sender::sendTestEmail)
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("refused the user name or password")
                .hasMessageNotContaining("not-the-password");
        assertThat(received()).isEmpty();
    }

    @Test
    void threeHighMatchesInOneRunGiveOneEmailAndEachPostingAlertsOnce() throws Exception {
        List<ScoredPosting> scored = List.of(
                stack.posting("Senior Java Developer", "Acme <GmbH>", 91),
                stack.posting("Kotlin Engineer", "Beta", 85),
                stack.posting("Backend Developer", "Gamma", 80),
                stack.posting("PHP Developer", "Delta", 62));
        List<HighMatchFound> tray = new ArrayList<>();
        stack.events.subscribe(HighMatchFound.class, tray::add);

        AlertService.AlertReport report = stack.alerts.onScored("Java Berlin", scored);
        assertThat(report.emailed()).hasSize(3);
        assertThat(stack.outbox.deliverDue().sent()).isEqualTo(1);

        assertThat(received()).hasSize(1);
        MimeMessage mail = received()[0];
        assertThat(mail.getSubject()).isEqualTo("3 new high matches for “Java Berlin”");
        String html = Mails.text(mail, "text/html");
        assertThat(html).contains("Senior Java Developer", "Acme &lt;GmbH&gt;", "91%", "Kotlin Engineer", "80%",
                "https://jobs.example.com/" + scored.get(0).postingId()).doesNotContain("PHP Developer");
        assertThat(html.indexOf("91%")).isLessThan(html.indexOf("85%"));
        assertThat(Mails.text(mail, "text/plain")).contains("91%  Senior Java Developer - Acme <GmbH> (Berlin)");
        assertThat(tray).extracting(HighMatchFound::score).containsExactly(91, 85, 80);

        AlertService.AlertReport again = stack.alerts.onScored("Java Berlin", scored);
        assertThat(again.emailed()).isEmpty();
        assertThat(again.trayAlerts()).isEmpty();
        assertThat(stack.outbox.deliverDue().idle()).isTrue();
        assertThat(received()).hasSize(1);
        assertThat(tray).hasSize(3);
    }

    @Test
    void thresholdsAndOnOffArePerChannel() throws Exception {
        stack.updateNotifications(n -> n.toBuilder().tray(new MessageRule(true, 90, null, null, null))
                .highMatchEmail(new MessageRule(false, MessageRule.DEFAULT_THRESHOLD, null, null, null)).build());
        List<HighMatchFound> tray = new ArrayList<>();
        stack.events.subscribe(HighMatchFound.class, tray::add);
        stack.alerts.onScored("s", List.of(stack.posting("A", "X", 95), stack.posting("B", "Y", 85)));
        assertThat(tray).extracting(HighMatchFound::title).containsExactly("A");
        assertThat(stack.outbox.deliverDue().idle()).isTrue();
        assertThat(received()).isEmpty();
    }

    @Test
    void theDigestListsMatchesAndFollowUpsAndIsQueuedOncePerDay() throws Exception {
        DigestContent content = new DigestContent(
                List.of(stack.posting("Platform Engineer", "Orbit", 88), stack.posting("SRE", "Nimbus", 76)),
                List.of(new DigestContent.FollowUp(7, "Acme", "Java Developer", "APPLIED", "No answer for 10 days: send a follow-up")));
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(stack.emails.queueDigest(day, content)).isPresent();
        assertThat(stack.emails.queueDigest(day, content)).as("one digest a day").isEmpty();
        stack.outbox.deliverDue();

        assertThat(received()).hasSize(1);
        MimeMessage mail = received()[0];
        assertThat(mail.getSubject()).isEqualTo("Your Career Agent digest for Mon 2 Mar 2026: 2 new matches");
        String text = Mails.text(mail, "text/plain");
        assertThat(text).contains("TOP NEW MATCHES", "88%  Platform Engineer - Orbit", "76%  SRE - Nimbus",
                "FOLLOW-UPS", "Acme - Java Developer (APPLIED): No answer for 10 days").doesNotContain("No new matches");
        assertThat(Mails.text(mail, "text/html")).contains("<li><strong>Acme</strong>");
    }

    @Test
    void statusUpdateAndInterviewReminderHooksSendTheirEmails() throws Exception {
        stack.emails.queueStatusUpdate(new StatusUpdate(3, "Acme", "Java Developer", "APPLIED", "INTERVIEWING",
                "Recruiter call booked", clock.instant()));
        stack.emails.queueInterviewReminder(new InterviewReminder(4, 1, "Acme", "Java Developer",
                Instant.parse("2026-03-05T14:00:00Z"), "https://meet.example.com/abc", null));
        stack.outbox.deliverDue();

        assertThat(received()).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Application update: Acme – INTERVIEWING", "Interview reminder: Acme, Thu 5 Mar 2026, 14:00");
        MimeMessage status = Arrays.stream(received()).filter(m -> subject(m).startsWith("Application")).findFirst().orElseThrow();
        assertThat(Mails.text(status, "text/plain")).contains("moved from APPLIED to INTERVIEWING", "Recruiter call booked");
    }

    @Test
    void quietHoursHoldEmailsUntilTheyEnd() throws Exception {
        stack.updateNotifications(n -> n.toBuilder()
                .statusUpdates(new MessageRule(true, MessageRule.DEFAULT_THRESHOLD, null, "08:00", "10:30")).build());
        stack.emails.queueStatusUpdate(new StatusUpdate(1, "Acme", "Dev", null, "APPLIED", null, clock.instant()));
        assertThat(stack.outbox.deliverDue().idle()).isTrue();
        clock.advance(Duration.ofMinutes(90));
        assertThat(stack.outbox.deliverDue().sent()).isEqualTo(1);
        assertThat(received()).hasSize(1);
    }

    @Test
    void theDigestJobQueuesTodaysDigestOnceAndSkipsWhenThereIsNothingNew() throws Exception {
        List<ScoredPosting> matches = new ArrayList<>(List.of(stack.posting("Data Engineer", "Orbit", 84)));
        List<Instant> asked = new ArrayList<>();
        DigestJob job = new DigestJob((since, max) -> {
            asked.add(since);
            return new DigestContent(matches, List.of());
        }, stack.emails, stack::notifications);
        assertThat(job.schedule().describe()).isEqualTo("daily at 08:00");
        Scheduler scheduler = new Scheduler(new ScheduleRepository(stack.db), new CurrentThreadTaskExecutor(), stack.events, clock);
        scheduler.register(job);
        scheduler.register(new OutboxDeliveryJob(stack.outbox));

        scheduler.runNow(DigestJob.KEY);
        scheduler.runNow(OutboxDeliveryJob.KEY);
        assertThat(received()).hasSize(1);
        assertThat(asked).containsExactly(clock.instant().minus(Duration.ofDays(1)));

        scheduler.runNow(DigestJob.KEY);
        matches.clear();
        scheduler.runNow(DigestJob.KEY);
        scheduler.runNow(OutboxDeliveryJob.KEY);
        assertThat(received()).as("one digest per day").hasSize(1);
        assertThat(new ScheduleStatus(new ScheduleRepository(stack.db)).runsOf(DigestJob.KEY, 5))
                .extracting(RunRecord::outcome)
                .containsExactly(RunOutcome.SKIPPED, RunOutcome.SKIPPED, RunOutcome.SUCCEEDED);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPasswordOverAnUnencryptedConnectionIsRefusedUntilTheUserAcceptsIt() throws Exception {
        stack.emailSettings.saveSmtp(server(SmtpSecurity.NONE, NotifyStack.USER, false), null);

        assertThatThrownBy(stack.sender::sendTestEmail).isInstanceOf(MailDeliveryException.class)
                .hasMessage(EmailSender.PLAIN_TEXT_REFUSED).hasMessageContaining("Choose SSL or STARTTLS");
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        stack.emailSettings.saveSmtp(server(SmtpSecurity.NONE, NotifyStack.USER, true), null);
        stack.sender.sendTestEmail();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aLocalRelayWithoutALoginNeedsNoConfirmation() throws Exception {
        stack.emailSettings.saveSmtp(server(SmtpSecurity.NONE, null, false), null);

        stack.sender.sendTestEmail();

        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMultiLineRefusalOfTheLoginReadsAsOneLineWithoutThePassword() throws Exception {
        String encoded = Base64.getEncoder().encodeToString(NotifyStack.PASSWORD.getBytes(StandardCharsets.UTF_8));
        try (SmtpReplyStub stub = new SmtpReplyStub("535-5.7.8 Username and Password not accepted for "
                + NotifyStack.PASSWORD + ". Learn more at\r\n535-5.7.8 " + encoded + "\r\n"
                + "535 5.7.8 https://support.example.com/mail/?p=BadCredentials a1b2c3d4e5f6g7h8i9j0kLMNOP", "250 OK")) {
            stack.emailSettings.saveSmtp(server(SmtpSecurity.NONE, NotifyStack.USER, true, stub.port()), null);

            assertThatThrownBy(stack.sender::sendTestEmail).isInstanceOf(MailDeliveryException.class)
                    .satisfies(e -> assertOneCleanLine(e.getMessage()))
                    .hasMessageContaining("refused the user name or password")
                    .hasMessageContaining("Username and Password not accepted for ***. Learn more at *** "
                            + "https://support.example.com/mail/?p=BadCredentials ***");
            assertThat(stub.accepted()).isZero();
        }
    }

    @Test
    void aMultiLineRefusalOfTheRecipientReadsAsOneLine() throws Exception {
        try (SmtpReplyStub stub = new SmtpReplyStub("235 2.7.0 Accepted",
                "550-5.1.1 The email account that you tried to reach does not exist.\r\n"
                        + "550-5.1.1 Please try double-checking the recipient's email\r\n550 5.1.1 address for typos.")) {
            stack.emailSettings.saveSmtp(server(SmtpSecurity.NONE, NotifyStack.USER, true, stub.port()), null);

            assertThatThrownBy(stack.sender::sendTestEmail).isInstanceOf(MailDeliveryException.class)
                    .satisfies(e -> assertOneCleanLine(e.getMessage()))
                    .hasMessageContaining("The email account that you tried to reach does not exist. Please try "
                            + "double-checking the recipient's email address for typos.");
            assertThat(stub.accepted()).isZero();
        }
    }

    @Test
    void aLongReplyIsCutAndControlCharactersDropped() {
        String line = ServerReply.oneLine("554 " + "x".repeat(500) + "\u0007\u202e", List.of());

        assertThat(line).hasSize(ServerReply.MAX_LENGTH).endsWith("\u2026").doesNotContain("\u0007", "\u202e");
    }

    private void assertOneCleanLine(String message) {
        String encoded = Base64.getEncoder().encodeToString(NotifyStack.PASSWORD.getBytes(StandardCharsets.UTF_8));
        assertThat(message).doesNotContain("\n", "\r", NotifyStack.PASSWORD, encoded, "535-", "550-", "5.7.8", "5.1.1");
    }

    private SmtpSettings server(SmtpSecurity security, String user, boolean allowPlainText) {
        return server(security, user, allowPlainText, port);
    }

    private static SmtpSettings server(SmtpSecurity security, String user, boolean allowPlainText, int port) {
        return new SmtpSettings("127.0.0.1", port, security, user, "agent@example.com", NotifyStack.TO, allowPlainText);
    }
}
