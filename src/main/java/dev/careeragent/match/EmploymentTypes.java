package dev.careeragent.match;

import java.util.Locale;

/** Maps the many ways sites write an employment type ("Full-time", "FullTime", "Permanent, Full-time") to one word. */
public final class EmploymentTypes {

    private EmploymentTypes() {
    }

    /** full-time, part-time, contract, temporary, internship, or null when unknown. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (t.contains("intern")) {
            return "internship";
        }
        if (t.contains("contract") || t.contains("freelance")) {
            return "contract";
        }
        if (t.contains("temp")) {
            return "temporary";
        }
        if (t.contains("parttime")) {
            return "part-time";
        }
        return t.contains("fulltime") || t.contains("permanent") ? "full-time" : null;
    }
}
