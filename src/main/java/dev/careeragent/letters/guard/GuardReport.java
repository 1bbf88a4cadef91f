package dev.careeragent.letters.guard;

import java.util.List;
import java.util.Set;

/** Every claim the guard checked and the ones nothing in the resume or posting backs. */
public record GuardReport(List<Claim> checked, List<Claim> flagged) {

    public GuardReport {
        checked = List.copyOf(checked);
        flagged = List.copyOf(flagged);
    }

    /** Flagged claims the user has not confirmed (by {@link Claim#key()}); export waits until this is empty. */
    public List<Claim> unresolved(Set<String> confirmed) {
        return flagged.stream().filter(c -> !confirmed.contains(c.key())).toList();
    }

    public boolean clean() {
        return flagged.isEmpty();
    }
}
