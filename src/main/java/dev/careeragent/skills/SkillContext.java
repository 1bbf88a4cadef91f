package dev.careeragent.skills;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a name that is also a common word or a letter ("Go", "R", "C", "Excel", "Spring")
 * is used as a skill. It must stand as an item of a list (separators or list words on both sides) with
 * another skill close by, or be followed by a cue word ("Go developer", "R programming", "Excel formulas"). The last
 * item of a list needs no mark after it: "SSRS, T-SQL and Excel to analyse data".
 */
final class SkillContext {

    /** How far (in chars, same paragraph) another skill may be to support a list reading. */
    static final int NEIGHBOUR_REACH = 100;

    private static final int LIST_GAP_REACH = 8;
    private static final Pattern LIST_GAP = Pattern.compile("[ \\t,;)&/]*(?:\\b(?:and|or)\\b)?[ \\t]*");
    private static final String LEFT_MARKS = ",;|([:/•·*▪●◦►➢✓";
    private static final String RIGHT_MARKS = ",;|)]/:!?("; // "(" opens a qualifier: "Swift (iOS)"
    private static final Set<String> LEFT_WORDS = Set.of("and", "or", "in", "with", "using", "including", "like",
            "plus", "of", "as", "basic", "advanced", "intermediate", "proficient", "expert", "strong", "solid");
    private static final Set<String> RIGHT_WORDS = Set.of("and", "or");
    private static final Set<String> CUE_WORDS = Set.of("programming", "language", "languages", "lang", "developer",
            "developers", "development", "engineer", "engineers", "code", "coding", "scripts", "scripting", "skills",
            "expertise", "experience", "framework", "spreadsheets", "spreadsheet", "formulas", "macros", "pivot",
            "database", "databases", "documents", "modules", "advanced", "intermediate", "proficiency");

    private SkillContext() {
    }

    /** Cue words that make a name a skill whatever its case: "excel skills", "r programming" (not "educational development"). */
    private static final Set<String> CASE_CUE_WORDS = Set.of("programming", "skills", "spreadsheets", "spreadsheet",
            "formulas", "macros", "pivot", "advanced", "intermediate", "proficiency");

    /** A cue word right after the name that makes it a skill whatever its case: "good excel skills". */
    static boolean caseCueFollows(String text, int end) {
        return CASE_CUE_WORDS.contains(nextWord(text, end));
    }

    static boolean supports(String text, int start, int end, List<SkillMention> confirmed) {
        if (CUE_WORDS.contains(nextWord(text, end))) {
            return true;
        }
        return leftBounded(text, start) && (rightBounded(text, end) || lastOfList(text, start, confirmed))
                && hasNeighbour(text, start, end, confirmed);
    }

    /** True when another skill's name ends a list gap before this one: "SSRS, T-SQL and Excel to analyse data". */
    private static boolean lastOfList(String text, int start, List<SkillMention> confirmed) {
        for (SkillMention m : confirmed) {
            if (m.end() <= start && start - m.end() <= LIST_GAP_REACH
                    && LIST_GAP.matcher(text).region(m.end(), start).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean leftBounded(String text, int start) {
        int i = start - 1;
        boolean spaced = false;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i--;
            spaced = true;
        }
        if (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            return true;
        }
        char c = text.charAt(i);
        if (LEFT_MARKS.indexOf(c) >= 0) {
            return true;
        }
        if ("-&+–—".indexOf(c) >= 0) {
            return spaced;
        }
        return Character.isLetter(c) && LEFT_WORDS.contains(previousWord(text, i + 1));
    }

    private static boolean rightBounded(String text, int end) {
        int i = end;
        boolean spaced = false;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i++;
            spaced = true;
        }
        if (i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
            return true;
        }
        char c = text.charAt(i);
        if (RIGHT_MARKS.indexOf(c) >= 0) {
            return true;
        }
        if (c == '.') {
            return i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
        }
        if ("-&+–—".indexOf(c) >= 0) {
            return spaced && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
        }
        return Character.isLetter(c) && RIGHT_WORDS.contains(nextWord(text, end));
    }

    private static boolean hasNeighbour(String text, int start, int end, List<SkillMention> confirmed) {
        for (SkillMention m : confirmed) {
            boolean before = m.end() <= start;
            int gap = before ? start - m.end() : m.start() - end;
            if (gap >= 0 && gap <= NEIGHBOUR_REACH
                    && !paragraphBreakBetween(text, before ? m.end() : end, before ? start : m.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean paragraphBreakBetween(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        String gap = text.substring(from, to);
        return gap.contains("\n\n") || gap.contains("\n\r\n");
    }

    static String nextWord(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i++;
        }
        int from = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(from, i).toLowerCase(Locale.ROOT);
    }

    static String previousWord(String text, int endExclusive) {
        int i = endExclusive;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, endExclusive).toLowerCase(Locale.ROOT);
    }
}
