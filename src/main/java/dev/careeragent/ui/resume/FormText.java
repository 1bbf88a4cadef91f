package dev.careeragent.ui.resume;

import dev.careeragent.resume.model.ResumeDate;
import java.util.Arrays;
import java.util.List;

/** How the editor shows list fields (one item a line) and dates (ISO "2020-03"), and reads them back. */
final class FormText {

    private FormText() {
    }

    static String lines(List<String> items) {
        return String.join("\n", items);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String date(ResumeDate date) {
        return date == null ? "" : date.toIso();
    }

    /** A date typed by the user, or null when blank; a message the user can act on when it is not a date. */
    static ResumeDate date(String text, String where) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ResumeDate.parseIso(text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": \u201c" + text.strip() + "\u201d is not a date. Write dates as"
                    + " 2020-03 (year and month) or 2020.");
        }
    }

    static String value(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
