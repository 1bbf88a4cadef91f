package dev.careeragent.resume.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An entry (a job, a school, a project, an extra section) flattened for comparison: named fields plus list items. */
record DiffEntry(String label, Map<String, String> fields, String itemName, List<String> items) {

    /** Entries with the same key are the same entry in both versions. */
    String key() {
        return label.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Shares a non-blank field value with another entry: the same entry with something renamed. */
    boolean resembles(DiffEntry other) {
        return fields.entrySet().stream().anyMatch(f -> f.getValue() != null && !f.getValue().isBlank()
                && f.getValue().equalsIgnoreCase(other.fields.get(f.getKey())));
    }
}
