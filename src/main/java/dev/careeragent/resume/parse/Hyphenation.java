package dev.careeragent.resume.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a hyphen that belongs to a compound ("self-motivated", "data-driven", "end-to-end") from one that only broke
 * a word at the end of a line ("require-" + "ments"). Compounds are recognised by their common first or second
 * elements; any other break is joined into one word.
 */
final class Hyphenation {

    private static final Set<String> FIRST = Set.of("self", "well", "cross", "long", "short",
            "full", "part", "high", "low", "real", "end", "front", "back", "state", "world", "fast", "hands", "detail",
            "results", "customer", "client", "user", "team", "data", "cloud", "mission", "face", "one", "two",
            "three", "first", "second", "third", "year", "month", "day", "top",
            "best", "large", "small", "mid", "open", "closed", "peer",
            "all", "cost", "time", "award", "industry", "goal", "people", "service", "solution",
            "quality", "safety", "revenue", "growth", "patient", "family", "student", "community", "project", "product");
    private static final Pattern SECOND = Pattern.compile("(?i)^(based|driven|oriented|focused|facing|level|scale|"
            + "time|term|wide|related|specific|friendly|end|side|to|edge|making|solving|minded|aware|centric|"
            + "critical|intensive|ready|free|led|run|owned|managed|known|winning|performing|paced|up|on|in|off|"
            + "out|over|by|of|and|the|stack|house|site|line|hand|hands|party|world|class|call|mortem|rated)\\b.*");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+$");

    private Hyphenation() {
    }

    static boolean isCompound(String before, String after) {
        var m = LETTERS.matcher(before);
        String head = m.find() ? m.group().toLowerCase(Locale.ROOT) : "";
        return head.length() <= 1 && !head.isEmpty() || FIRST.contains(head) || SECOND.matcher(after).matches();
    }
}
