package dev.careeragent.ui.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads what a user typed into a settings field, with a message that says which field to fix and how. */
public final class FieldValues {

    private FieldValues() {
    }

    /** @throws IllegalArgumentException naming the field when the text is not a whole number in the range */
    public static int wholeNumber(String text, String what, int min, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below in words
        }
        throw new IllegalArgumentException(what + " must be a whole number from " + min + " to " + max + ".");
    }

    /**
     * An http or https address with a host, stripped; null when the text is blank (the default applies).
     *
     * @throws IllegalArgumentException naming the field when the text is not such an address
     */
    public static String webAddress(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String address = text.strip();
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getUserInfo() == null) {
                return address;
            }
        } catch (URISyntaxException ignored) {
            // reported below in words
        }
        throw new IllegalArgumentException(what + " \u201c" + address + "\u201d is not a web address: write it as "
                + "http:// or https:// and a host name, e.g. https://jobs.example.com/api, or leave it empty.");
    }

    /** A time of day typed as HH:mm, normalised ("7:30" is refused, "07:30" kept); null when the text is blank. */
    public static String timeOfDay(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.trim()).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " \u201c" + text.trim() + "\u201d is not a time of day; write it as HH:mm, e.g. 07:30.");
        }
    }

    public static String requiredTimeOfDay(String text, String what) {
        String value = timeOfDay(text, what);
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing; write it as HH:mm, e.g. 08:00.");
        }
        return value;
    }
}
