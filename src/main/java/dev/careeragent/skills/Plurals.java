package dev.careeragent.skills;

/** English plural forms of skill names ("APIs", "strategies", "processes") and the way back. */
final class Plurals {

    private Plurals() {
    }

    /** The plural of a folded name whose last word is a noun, or null when it should not get one. */
    static String plural(String key) {
        int n = key.length();
        int lastWord = key.lastIndexOf(' ') + 1;
        if (n - lastWord < 2 || !Character.isLetter(key.charAt(n - 1))) {
            return null;
        }
        char last = key.charAt(n - 1);
        if (last == 'y' && n >= 2 && "aeiou".indexOf(key.charAt(n - 2)) < 0) {
            return key.substring(0, n - 1) + "ies";
        }
        if (last == 's' || last == 'x' || last == 'z' || key.endsWith("ch") || key.endsWith("sh")) {
            return key + "es";
        }
        return key + "s";
    }

    /** A best-effort singular of a name typed by a person ("APIs" becomes "API"). */
    static String singular(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("ies") && text.length() > 4) {
            return text.substring(0, text.length() - 3) + "y";
        }
        if (lower.matches(".*(ss|x|z|ch|sh)es") && text.length() > 4) {
            return text.substring(0, text.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && text.length() > 3) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }
}
