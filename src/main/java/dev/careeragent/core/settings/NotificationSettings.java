package dev.careeragent.core.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Notification settings: the mail server, and a rule per message kind. {@code tray} covers tray and
 * in-window alerts; the others are emails.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationSettings(SmtpSettings smtp, MessageRule tray, MessageRule highMatchEmail,
        MessageRule digest, MessageRule statusUpdates, MessageRule interviewReminders) {

    public static final String DEFAULT_DIGEST_TIME = "08:00";

    public static NotificationSettings defaults() {
        return new NotificationSettings(null, null, null, null, null, null);
    }

    public NotificationSettings {
        smtp = smtp == null ? SmtpSettings.none() : smtp;
        tray = tray == null ? MessageRule.on() : tray;
        highMatchEmail = highMatchEmail == null ? MessageRule.on() : highMatchEmail;
        digest = digest == null ? MessageRule.dailyAt(DEFAULT_DIGEST_TIME) : digest;
        statusUpdates = statusUpdates == null ? MessageRule.on() : statusUpdates;
        interviewReminders = interviewReminders == null ? MessageRule.on() : interviewReminders;
    }

    public NotificationSettings withSmtp(SmtpSettings value) {
        return new NotificationSettings(value, tray, highMatchEmail, digest, statusUpdates, interviewReminders);
    }

    public NotificationSettings withTray(MessageRule value) {
        return new NotificationSettings(smtp, value, highMatchEmail, digest, statusUpdates, interviewReminders);
    }

    public NotificationSettings withHighMatchEmail(MessageRule value) {
        return new NotificationSettings(smtp, tray, value, digest, statusUpdates, interviewReminders);
    }

    public NotificationSettings withDigest(MessageRule value) {
        return new NotificationSettings(smtp, tray, highMatchEmail, value, statusUpdates, interviewReminders);
    }

    public NotificationSettings withStatusUpdates(MessageRule value) {
        return new NotificationSettings(smtp, tray, highMatchEmail, digest, value, interviewReminders);
    }

    public NotificationSettings withInterviewReminders(MessageRule value) {
        return new NotificationSettings(smtp, tray, highMatchEmail, digest, statusUpdates, value);
    }
}
