package dev.careeragent.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.careeragent.notify.model.OutboxMessage;
import dev.careeragent.notify.model.OutboxState;
import dev.careeragent.testing.MutableClock;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries after SMTP failures, and no duplicate after a crash between send and commit. */
class OutboxRecoveryTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private int port;
    private GreenMail greenMail;

    @BeforeEach
    void port() throws Exception {
        port = NotifyStack.freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    private void startMailServer() {
        greenMail.start();
        greenMail.setUser("agent@example.com", NotifyStack.USER, NotifyStack.PASSWORD);
    }

    private static StatusUpdate update(int id) {
        return new StatusUpdate(id, "Acme", "Developer", null, "APPLIED", null, Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void aServerThatIsDownIsRetriedWithBackoffAndTheEmailIsSentOnce() {
        try (NotifyStack stack = new NotifyStack(dir, clock, port)) {
            stack.emails.queueStatusUpdate(update(1));
            assertThat(stack.outbox.deliverDue().willRetry()).isEqualTo(1);
            OutboxMessage first = stack.outbox.recent(1).get(0);
            assertThat(first.state()).isEqualTo(OutboxState.QUEUED);
            assertThat(first.attempts()).isEqualTo(1);
            assertThat(first.lastError()).contains("Nothing answered at 127.0.0.1:" + port);
            assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

            clock.advance(Duration.ofMinutes(1));
            stack.outbox.deliverDue();
            assertThat(stack.outbox.recent(1).get(0).nextAttemptAt()).as("second failure waits 2 min")
                    .isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

            startMailServer();
            assertThat(stack.outbox.deliverDue().idle()).as("not before its retry time").isTrue();
            clock.advance(Duration.ofMinutes(2));
            assertThat(stack.outbox.deliverDue().sent()).isEqualTo(1);
            assertThat(stack.outbox.deliverDue().idle()).isTrue();
            assertThat(greenMail.getReceivedMessages()).hasSize(1);
            assertThat(stack.outbox.recent(1).get(0)).satisfies(m -> {
                assertThat(m.state()).isEqualTo(OutboxState.SENT);
                assertThat(m.attempts()).isEqualTo(3);
            });
        }
    }

    @Test
    void afterTheLastAttemptTheMessageFailsAndRetryRequeuesIt() {
        try (NotifyStack stack = new NotifyStack(dir, clock, port)) {
            stack.emails.queueStatusUpdate(update(2));
            for (int i = 0; i < EmailOutbox.MAX_ATTEMPTS; i++) {
                stack.outbox.deliverDue();
                clock.advance(Duration.ofHours(1));
            }
            assertThat(stack.outbox.recent(1).get(0).state()).isEqualTo(OutboxState.FAILED);
            startMailServer();
            stack.outbox.retry(stack.outbox.recent(1).get(0).id());
            assertThat(stack.outbox.deliverDue().sent()).isEqualTo(1);
        }
    }

    /** Simulates the process dying right after the server accepted the message, before SENT was committed. */
    private static final class CrashAfterSend extends Error {
        private static final long serialVersionUID = 1L;
    }

    private String crashBetweenSendAndCommit() {
        try (NotifyStack crashing = new NotifyStack(dir, clock, port, sender -> email -> {
            sender.send(email);
            throw new CrashAfterSend();
        }, DeliveryCheck.NONE)) {
            crashing.emails.queueStatusUpdate(update(3));
            assertThatThrownBy(crashing.outbox::deliverDue).isInstanceOf(CrashAfterSend.class);
            assertThat(crashing.outbox.recent(1).get(0).state()).isEqualTo(OutboxState.SENDING);
            return crashing.outbox.recent(1).get(0).messageId();
        }
    }

    @Test
    void aMessageFoundByItsMessageIdIsMarkedSentNotResent() {
        startMailServer();
        String messageId = crashBetweenSendAndCommit();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);

        DeliveryCheck inbox = id -> Arrays.stream(greenMail.getReceivedMessages()).anyMatch(m -> id.equals(messageIdOf(m)));
        try (NotifyStack restarted = new NotifyStack(dir, clock, port, t -> t, inbox)) {
            assertThat(restarted.outbox.reconcile()).isEqualTo(new EmailOutbox.ReconcileReport(0, 1, 0));
            assertThat(restarted.outbox.deliverDue().idle()).isTrue();
            assertThat(restarted.outbox.recent(1).get(0).state()).isEqualTo(OutboxState.SENT);
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(messageIdOf(greenMail.getReceivedMessages()[0])).isEqualTo(messageId);
    }

    @Test
    void withoutAWayToCheckAnInterruptedSendIsNotRepeated() {
        startMailServer();
        crashBetweenSendAndCommit();
        try (NotifyStack restarted = new NotifyStack(dir, clock, port)) {
            assertThat(restarted.outbox.reconcile()).isEqualTo(new EmailOutbox.ReconcileReport(0, 0, 1));
            clock.advance(Duration.ofHours(2));
            assertThat(restarted.outbox.deliverDue().idle()).isTrue();
            OutboxMessage message = restarted.outbox.recent(1).get(0);
            assertThat(message.state()).isEqualTo(OutboxState.FAILED);
            assertThat(message.lastError()).contains("may have arrived");
            restarted.emails.queueStatusUpdate(update(3));
            assertThat(restarted.outbox.deliverDue().idle()).as("the same update is not queued again").isTrue();
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aCrashBeforeTheServerWasContactedGetsOneCarefulRetry() {
        startMailServer();
        try (NotifyStack crashing = new NotifyStack(dir, clock, port, sender -> email -> {
            throw new CrashAfterSend();
        }, DeliveryCheck.NONE)) {
            crashing.emails.queueStatusUpdate(update(4));
            assertThatThrownBy(crashing.outbox::deliverDue).isInstanceOf(CrashAfterSend.class);
            // the crash came before send_started_at was recorded in this variant:
            crashing.db.inTransaction(s -> s.createNativeMutationQuery("UPDATE email_outbox SET send_started_at = NULL").executeUpdate());
        }
        assertThat(greenMail.getReceivedMessages()).isEmpty();
        try (NotifyStack restarted = new NotifyStack(dir, clock, port)) {
            assertThat(restarted.outbox.reconcile()).isEqualTo(new EmailOutbox.ReconcileReport(1, 0, 0));
            assertThat(restarted.outbox.deliverDue().sent()).isEqualTo(1);
            assertThat(restarted.outbox.deliverDue().idle()).isTrue();
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
