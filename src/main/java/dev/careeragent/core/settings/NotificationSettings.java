package dev.careeragent.core.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Notification settings: the mail server, and a rule per message kind. {@code tray} covers tray and
 * in-window alerts; the others are emails.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationSettings(SmtpSettings smtp, MessageRule tray, MessageRule highMatchEmail,
        MessageRule digest, MessageRule statusUpdates, MessageRule interviewReminders, MessageRule followUps,
        Integer followUpAfterDays) {

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

    public NotificationSettings withSmtp(SmtpSettings value) {
        return new NotificationSettings(value, tray, highMatchEmail, digest, statusUpdates, interviewReminders, followUps, followUpAfterDays);
    }

    public NotificationSettings withTray(MessageRule value) {
        return new NotificationSettings(smtp, value, highMatchEmail, digest, statusUpdates, interviewReminders, followUps, followUpAfterDays);
    }

    public NotificationSettings withHighMatchEmail(MessageRule value) {
        return new NotificationSettings(smtp, tray, value, digest, statusUpdates, interviewReminders, followUps, followUpAfterDays);
    }

    public NotificationSettings withDigest(MessageRule value) {
        return new NotificationSettings(smtp, tray, highMatchEmail, value, statusUpdates, interviewReminders, followUps, followUpAfterDays);
    }

    public NotificationSettings withStatusUpdates(MessageRule value) {
        return new NotificationSettings(smtp, tray, highMatchEmail, digest, value, interviewReminders, followUps, followUpAfterDays);
    }

    public NotificationSettings withInterviewReminders(MessageRule value) {
        return new NotificationSettings(smtp, tray, highMatchEmail, digest, statusUpdates, value, followUps, followUpAfterDays);
    }

    public NotificationSettings withFollowUps(MessageRule value) {
        return new NotificationSettings(smtp, tray, highMatchEmail, digest, statusUpdates, interviewReminders, value, followUpAfterDays);
    }

    public NotificationSettings withFollowUpAfterDays(int value) {
        return new NotificationSettings(smtp, tray, highMatchEmail, digest, statusUpdates, interviewReminders, followUps, value);
    }
}
