package dev.careeragent.ai;

import java.util.Optional;

/**
 * What a confirmed data-changing tool did ("Tracked as application 12.") and, when it changed something, how to take
 * exactly that back.
 */
public record ToolChange(String result, Undo undo) {

    /** Takes the change back; returns what it restored, or throws with a reason the user can read. */
    @FunctionalInterface
    public interface Undo {
        String undo();
    }

    /** A tool that found nothing to change ("It already had that status."): nothing to undo. */
    public static ToolChange unchanged(String result) {
        return new ToolChange(result, null);
    }

    public Optional<Undo> undoable() {
        return Optional.ofNullable(undo);
    }
}
