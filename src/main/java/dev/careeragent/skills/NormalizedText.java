package dev.careeragent.skills;

/**
 * Text folded for matching, with a map back to the source offsets. Whitespace runs become one space,
 * a hyphen between letters or digits becomes a space ("front-end" = "front end"), a word split by a
 * line-end hyphen is joined ("Angu-\nlar" = "Angular", as PDF text often has it), typographic quotes
 * and dashes become ASCII. Lower-cased text also folds British spellings to American ones of the same length
 * ("organisation", "analyse", "centre", "licence" read as "organization", "analyze", "center", "license").
 * Skill names in the taxonomy go through the same folding, so both sides agree.
 */
final class NormalizedText {

    private final char[] chars;
    private final int[] origin;
    private final int length;

    private NormalizedText(char[] chars, int[] origin, int length) {
        this.chars = chars;
        this.origin = origin;
        this.length = length;
    }

    static NormalizedText of(String source, boolean lowerCase) {
        int n = source.length();
        char[] out = new char[n];
        int[] origin = new int[n + 1];
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == '\u00AD') {
                continue;
            }
            if (isSpace(c)) {
                if (len > 0 && out[len - 1] != ' ') {
                    origin[len] = i;
                    out[len++] = ' ';
                }
                continue;
            }
            if (isHyphen(c)) {
                int joined = lineEndHyphenJoin(source, i);
                if (joined > 0) {
                    i = joined - 1;
                    continue;
                }
                boolean between = i > 0 && i + 1 < n
                        && Character.isLetterOrDigit(source.charAt(i - 1)) && Character.isLetterOrDigit(source.charAt(i + 1));
                c = between ? ' ' : '-';
            } else {
                c = fold(c);
            }
            origin[len] = i;
            out[len++] = lowerCase ? Character.toLowerCase(c) : c;
        }
        origin[len] = n;
        if (lowerCase) {
            americanSpelling(out, len);
        }
        return new NormalizedText(out, origin, len);
    }

    /** In place, same length: "-ise/-isation/-ising" to "-ize...", "-yse" to "-yze", "-tre" to "-ter", "-cence" to "-cense". */
    private static void americanSpelling(char[] c, int len) {
        for (int i = 3; i + 1 < len; i++) {
            if (c[i] != 's' || !Character.isLetter(c[i - 3])) {
                continue;
            }
            if ((c[i - 1] == 'i' || c[i - 1] == 'y') && (at(c, len, i + 1, "e") && (c[i - 1] == 'i' || !at(c, len, i + 1, "es"))
                    || at(c, len, i + 1, "ation") || at(c, len, i + 1, "ing"))) {
                c[i] = 'z';
            }
        }
        for (int i = 3; i + 1 < len; i++) { // "-cence" needs one char after i, "-tre" two: a name may end there
            if (i + 2 < len && c[i] == 't' && c[i + 1] == 'r' && c[i + 2] == 'e' && wordEndsAfter(c, len, i + 3)
                    && Character.isLetter(c[i - 3])) {
                c[i + 1] = 'e';
                c[i + 2] = 'r';
            } else if (c[i] == 'c' && c[i + 1] == 'e' && c[i - 1] == 'n' && c[i - 2] == 'e' && c[i - 3] == 'c'
                    && wordEndsAfter(c, len, i + 2)) {
                c[i] = 's';
            }
        }
    }

    private static boolean at(char[] c, int len, int from, String s) {
        if (from + s.length() > len) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (c[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when the word ends at {@code i}, or after a plural or past "s"/"d" there. */
    private static boolean wordEndsAfter(char[] c, int len, int i) {
        if (i < len && (c[i] == 's' || c[i] == 'd')) {
            i++;
        }
        return i >= len || !Character.isLetter(c[i]);
    }

    /** The lower-case folded form of a name, used as a lookup key. */
    static String key(String name) {
        return of(name.strip(), true).toString().strip();
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    /** Offset in the source of the folded char at {@code i}; {@code origin(length())} is the source length. */
    int origin(int i) {
        return origin[i];
    }

    /** Source offset just past the folded char at {@code i - 1}. */
    int originEnd(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u02BC' -> '\'';
            case '\u201C', '\u201D' -> '"';
            case '\u2013', '\u2014', '\u2212' -> '-';
            case '\uFF0B' -> '+';
            case '\uFF03' -> '#';
            default -> c;
        };
    }

    /** For "lower-\n  lower" returns the index of the letter after the break, else -1. */
    private static int lineEndHyphenJoin(String s, int hyphen) {
        if (hyphen == 0 || !Character.isLowerCase(s.charAt(hyphen - 1))) {
            return -1;
        }
        int j = hyphen + 1;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '\r') {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '\n') {
            return -1;
        }
        j++;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        return j < s.length() && Character.isLowerCase(s.charAt(j)) ? j : -1;
    }
}
