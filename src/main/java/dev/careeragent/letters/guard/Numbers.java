package dev.careeragent.letters.guard;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers as a letter or resume states them ("40%", "$1.2M", "10,000", "3x"), reduced to a comparable form. */
final class Numbers {

    static final Pattern NUMBER = Pattern.compile("(?<![\\w.])([$€£]?)(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s?(%|percent|[kKmMbB]\\b|x\\b)?");

    private Numbers() {
    }

    static Set<String> in(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            out.add(canonical(m.group(2), m.group(3)));
        }
        return out;
    }

    /** "10,000" and "10000" compare equal; a unit ("%", "k") stays part of the number. */
    static String canonical(String digits, String unit) {
        String n = digits.replace(",", "");
        if (n.contains(".")) {
            n = n.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        String u = unit == null ? "" : unit.toLowerCase(java.util.Locale.ROOT).replace("percent", "%");
        return n + u;
    }

    static boolean isYear(String digits, String unit) {
        if (unit != null && !unit.isBlank() || digits.length() != 4 || digits.contains(",")) {
            return false;
        }
        int value = Integer.parseInt(digits);
        return value >= 1950 && value <= 2099;
    }
}
