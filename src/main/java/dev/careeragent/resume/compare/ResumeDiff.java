package dev.careeragent.resume.compare;

import java.util.List;

/** Every field-level difference from an older version to a newer one, in resume order. */
public record ResumeDiff(List<FieldChange> changes) {

    public ResumeDiff {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<FieldChange> in(String section) {
        return changes.stream().filter(c -> c.section().equals(section)).toList();
    }
}
