package dev.careeragent.notify.settings;

import dev.careeragent.core.settings.SettingsKey;

/**
 * Notification settings: the mail server, and a rule per message kind. {@code tray} covers tray and
 * in-window alerts; the others are emails.
 */
public record NotificationSettings(SmtpSettings smtp, MessageRule tray, MessageRule highMatchEmail,
        MessageRule digest, MessageRule statusUpdates, MessageRule interviewReminders, MessageRule followUps,
        Integer followUpAfterDays) {

    public static final SettingsKey<NotificationSettings> KEY =
            SettingsKey.named("notifications", NotificationSettings.class, NotificationSettings::defaults);
    public static final String DEFAULT_DIGEST_TIME = "08:00";
    /** An open application with no status change for this many days gets a follow-up reminder. */
    public static final int DEFAULT_FOLLOW_UP_DAYS = 7;

    public static NotificationSettings defaults() {
        return new NotificationSettings(null, null, null, null, null, null, null, null);
    }

    public NotificationSettings {
        smtp = smtp == null ? SmtpSettings.none() : smtp;
        tray = tray == null ? MessageRule.on() : tray;
        highMatchEmail = highMatchEmail == null ? MessageRule.on() : highMatchEmail;
        digest = digest == null ? MessageRule.dailyAt(DEFAULT_DIGEST_TIME) : digest;
        statusUpdates = statusUpdates == null ? MessageRule.on() : statusUpdates;
        interviewReminders = interviewReminders == null ? MessageRule.on() : interviewReminders;
        followUps = followUps == null ? MessageRule.on() : followUps;
        followUpAfterDays = followUpAfterDays == null ? DEFAULT_FOLLOW_UP_DAYS : followUpAfterDays;
        if (followUpAfterDays < 1) {
            throw new IllegalArgumentException("Follow-up reminders need at least 1 day of silence, not " + followUpAfterDays + ".");
        }
    }

    /** A copy to change: {@code settings.toBuilder().smtp(server).build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some settings, keeps the others. */
    public static final class Builder {
        private SmtpSettings smtp;
        private MessageRule tray;
        private MessageRule highMatchEmail;
        private MessageRule digest;
        private MessageRule statusUpdates;
        private MessageRule interviewReminders;
        private MessageRule followUps;
        private Integer followUpAfterDays;

        private Builder(NotificationSettings from) {
            smtp = from.smtp;
            tray = from.tray;
            highMatchEmail = from.highMatchEmail;
            digest = from.digest;
            statusUpdates = from.statusUpdates;
            interviewReminders = from.interviewReminders;
            followUps = from.followUps;
            followUpAfterDays = from.followUpAfterDays;
        }

        public Builder smtp(SmtpSettings value) { smtp = value; return this; }
        public Builder tray(MessageRule value) { tray = value; return this; }
        public Builder highMatchEmail(MessageRule value) { highMatchEmail = value; return this; }
        public Builder digest(MessageRule value) { digest = value; return this; }
        public Builder statusUpdates(MessageRule value) { statusUpdates = value; return this; }
        public Builder interviewReminders(MessageRule value) { interviewReminders = value; return this; }
        public Builder followUps(MessageRule value) { followUps = value; return this; }
        public Builder followUpAfterDays(int value) { followUpAfterDays = value; return this; }

        public NotificationSettings build() {
            return new NotificationSettings(smtp, tray, highMatchEmail, digest, statusUpdates, interviewReminders,
                    followUps, followUpAfterDays);
        }
    }
}
