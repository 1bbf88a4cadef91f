package dev.careeragent.notify;

import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.notify.settings.SmtpSettings;
import dev.careeragent.security.SecretVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Settings > Notifications flow: server settings go to the settings file, the password only to the
 * secret vault (never to settings, database or logs).
 */
public final class EmailSettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSettingsService.class);

    private final SettingsStore settings;
    private final SecretVault vault;

    public EmailSettingsService(SettingsStore settings, SecretVault vault) {
        this.settings = settings;
        this.vault = vault;
    }

    public NotificationSettings notifications() {
        return settings.get(NotificationSettings.KEY);
    }

    public SmtpSettings smtp() {
        return notifications().smtp();
    }

    /** Saves the notification rules and mail server (not the password). */
    public void save(NotificationSettings value) {
        settings.put(NotificationSettings.KEY, value);
    }

    /**
     * Saves the mail server and, when {@code password} is not null, the password (empty deletes it).
     */
    public void saveSmtp(SmtpSettings smtp, String password) {
        settings.update(NotificationSettings.KEY, n -> n.toBuilder().smtp(smtp).build());
        if (password != null) {
            if (password.isEmpty()) {
                vault.delete(SecretVault.SMTP_PASSWORD);
            } else {
                vault.put(SecretVault.SMTP_PASSWORD, password);
            }
        }
        LOG.info("Saved mail server settings for {}:{} ({}); password {}", smtp.host(), smtp.port(), smtp.security(),
                password == null ? "unchanged" : password.isEmpty() ? "removed" : "stored in " + vault.description());
    }

    public boolean hasPassword() {
        return vault.get(SecretVault.SMTP_PASSWORD).isPresent();
    }
}
