package dev.careeragent.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.careeragent.notify.settings.SmtpSecurity;
import dev.careeragent.notify.settings.SmtpSettings;
import dev.careeragent.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mail password never crosses the network in clear unless the user accepted it, and whatever a server replies
 * reaches the user as one readable line without credentials.
 */
class SmtpSecurityTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    private GreenMail greenMail;
    private NotifyStack stack;
    private int port;

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
