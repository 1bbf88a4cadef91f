package dev.careeragent.notify.settings;

/**
 * Settings of one kind of notification: on/off, the minimum match score (0-100), the time of day it is
 * sent (digest), and quiet hours ("22:00" to "07:00") during which emails wait. Times are "HH:mm" local.
 */
public record MessageRule(Boolean enabled, Integer threshold, String sendAt, String quietFrom, String quietUntil) {

    public static final int DEFAULT_THRESHOLD = 80;

    public MessageRule {
        enabled = enabled == null || enabled;
        threshold = threshold == null ? DEFAULT_THRESHOLD : threshold;
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("The match threshold must be between 0 and 100, not " + threshold + ".");
        }
    }

    public static MessageRule on() {
        return new MessageRule(true, DEFAULT_THRESHOLD, null, null, null);
    }

    public static MessageRule dailyAt(String time) {
        return new MessageRule(true, DEFAULT_THRESHOLD, time, null, null);
    }
}
