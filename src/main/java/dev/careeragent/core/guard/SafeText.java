package dev.careeragent.core.guard;

/**
 * Text from files and pages made safe to print and show: control characters (a newline in a file name) and
 * the bidirectional overrides that can make "gpj.exe" read as "exe.jpg" are neutralised.
 */
public final class SafeText {

    private SafeText() {
    }

    /** One line: control characters become U+FFFD, bidirectional embedding and override marks are dropped. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                continue;
            }
            out.append(Character.isISOControl(c) ? '\uFFFD' : c);
        }
        return out.toString();
    }

    /** U+202A..U+202E (embeddings, overrides) and U+2066..U+2069 (isolates). */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
