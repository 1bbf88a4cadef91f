package dev.careeragent.letters.guard;

/**
 * One checkable statement in a letter: its kind, the words ({@code start}..{@code end} in the text) and where it
 * was found ("resume: Experience", "posting"), or null when nothing backs it.
 */
public record Claim(Kind kind, String text, int start, int end, String foundIn) {

    /** The guard's rules, one per kind of fact. */
    public enum Kind { EMPLOYER, TITLE, DEGREE, SKILL, NUMBER, YEAR }

    public boolean supported() {
        return foundIn != null;
    }

    /** Identity for confirmations: the same words of the same kind, wherever they move in the text. */
    public String key() {
        return kind + ":" + text.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
