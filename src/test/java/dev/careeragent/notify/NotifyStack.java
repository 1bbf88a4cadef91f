package dev.careeragent.notify;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.notify.model.ScoredPosting;
import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.notify.settings.SmtpSecurity;
import dev.careeragent.notify.settings.SmtpSettings;
import dev.careeragent.notify.store.AlertRepository;
import dev.careeragent.notify.store.OutboxRepository;
import dev.careeragent.security.SecretVault;
import dev.careeragent.security.SecretVaults;
import dev.careeragent.store.Database;
import dev.careeragent.testing.TestDatabases;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The notify services wired as the composition root would, on a real database in a test folder. */
final class NotifyStack implements AutoCloseable {

    static final String USER = "agent";
    static final String PASSWORD = "s3cret-Pässwörd-42!";
    static final String TO = "seeker@example.com";

    final Path dir;
    final Clock clock;
    final Database db;
    final SettingsStore settings;
    final SecretVault vault;
    final EventBus events = new EventBus();
    final EmailMessages messages;
    final EmailSender sender;
    final EmailOutbox outbox;
    final EmailNotifications emails;
    final AlertService alerts;
    final EmailSettingsService emailSettings;

    NotifyStack(Path dir, Clock clock, int smtpPort, UnaryOperator<MailTransport> wrapTransport, DeliveryCheck check) {
        this.dir = dir;
        this.clock = clock;
        this.db = TestDatabases.open(dir);
        this.settings = new SettingsStore(dir.resolve("settings.json"));
        this.vault = SecretVaults.open(dir, null, Optional::empty);
        this.emailSettings = new EmailSettingsService(settings, vault);
        if (!settings.get(NotificationSettings.KEY).smtp().complete()) {
            emailSettings.saveSmtp(new SmtpSettings("127.0.0.1", smtpPort, SmtpSecurity.NONE, USER, "agent@example.com", TO, true),
                    PASSWORD);
        }
        this.messages = new EmailMessages(new EmailTemplates(), clock);
        this.sender = new EmailSender(() -> settings.get(NotificationSettings.KEY).smtp(), vault, messages);
        this.outbox = new EmailOutbox(new OutboxRepository(db), wrapTransport.apply(sender), check, clock);
        this.emails = new EmailNotifications(this::notifications, messages, outbox, clock);
        this.alerts = new AlertService(new AlertRepository(db), emails, events, this::notifications, clock);
    }

    NotifyStack(Path dir, Clock clock, int smtpPort) {
        this(dir, clock, smtpPort, t -> t, DeliveryCheck.NONE);
    }

    NotificationSettings notifications() {
        return settings.get(NotificationSettings.KEY);
    }

    void updateNotifications(UnaryOperator<NotificationSettings> change) {
        emailSettings.save(change.apply(notifications()));
    }

    /** Stores a posting and returns it scored. */
    ScoredPosting posting(String title, String company, int score) {
        JobPosting saved = new JobPostingRepository(db, clock).save(JobPosting.builder().source("test").title(title)
                .company(company).location("Berlin").url("https://jobs.example.com/" + title.hashCode()).build());
        return new ScoredPosting(saved.id(), score, title, company, "Berlin", "https://jobs.example.com/" + saved.id());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
