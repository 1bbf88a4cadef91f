package dev.careeragent.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.careeragent.context.Entities;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.notify.DeliveryCheck;
import dev.careeragent.notify.EmailMessages;
import dev.careeragent.notify.EmailNotifications;
import dev.careeragent.notify.EmailOutbox;
import dev.careeragent.notify.EmailSender;
import dev.careeragent.notify.EmailSettingsService;
import dev.careeragent.notify.EmailTemplates;
import dev.careeragent.notify.StatusUpdate;
import dev.careeragent.notify.settings.SmtpSecurity;
import dev.careeragent.notify.settings.SmtpSettings;
import dev.careeragent.notify.store.OutboxRepository;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import dev.careeragent.testing.DebugLogFile;
import dev.careeragent.testing.SecretScan;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SMTP password saved through the settings flow and used to send must not appear in the DB, settings or log. */
class SecretsStayOutOfFilesTest {

    private static final String PASSWORD = "Zq7!unique-smtp-secret-Öß";

    @TempDir
    Path dir;

    @Test
    void theSmtpPasswordIsOnlyInTheEncryptedVault() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser("me@example.com", "me@example.com", PASSWORD);
        Path log = dir.resolve("logs/career-agent.log");
        DebugLogFile debugLog = new DebugLogFile(log);
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(dir.resolve("career-agent.db"), new DatabaseBackups(dir.resolve("backups"), clock),
                Entities.ALL)) {
            SettingsStore settings = new SettingsStore(dir.resolve("settings.json"));
            SecretVault vault = SecretVaults.open(dir, null, Optional::empty);
            EmailSettingsService flow = new EmailSettingsService(settings, vault);
            flow.saveSmtp(new SmtpSettings("127.0.0.1", port, SmtpSecurity.NONE, "me@example.com", "me@example.com",
                    "me@example.com", true), PASSWORD);
            assertThat(flow.hasPassword()).isTrue();

            EmailMessages messages = new EmailMessages(new EmailTemplates(), clock);
            EmailSender sender = new EmailSender(flow::smtp, vault, messages);
            sender.sendTestEmail();
            EmailOutbox outbox = new EmailOutbox(new OutboxRepository(db), sender, DeliveryCheck.NONE, clock);
            new EmailNotifications(flow::notifications, messages, outbox, clock)
                    .queueStatusUpdate(new StatusUpdate(1, "Acme", "Dev", null, "APPLIED", null, Instant.now()));
            assertThat(outbox.deliverDue().sent()).isEqualTo(1);
            assertThat(greenMail.getReceivedMessages()).as("the password really was used to log in").hasSize(2);
        } finally {
            debugLog.close();
            greenMail.stop();
        }

        String plainAuth = Base64.getEncoder().encodeToString(("\0me@example.com\0" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(Files.size(log)).as("the log captured the flow").isPositive();
        assertThat(Files.readString(log)).contains("smtp.password").doesNotContain(PASSWORD).doesNotContain(plainAuth);
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("127.0.0.1").doesNotContain(PASSWORD);
        for (String name : new String[] {"career-agent.db", "career-agent.db-wal", SecretVaults.VAULT_FILE}) {
            Path file = dir.resolve(name);
            assertThat(SecretScan.contains(file, PASSWORD, "me@example.com")).as(name).isFalse();
            if (Files.exists(file)) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).as(name).doesNotContain("unique-smtp-secret");
            }
        }
    }
}
