package dev.careeragent.letters.guard;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Degree names in their many spellings, reduced to a family: bachelor, master, mba, doctorate, associate. */
final class Degrees {

    static final Pattern MENTION = Pattern.compile(
            "(?i)\\b(bachelor'?s?|b\\.?\\s?sc\\.?|b\\.?\\s?eng\\.?|b\\.[as]\\.|master'?s?|m\\.?\\s?sc\\.?|m\\.?\\s?eng\\.?|m\\.[as]\\.|"
                    + "mba|ph\\.?\\s?d\\.?|doctorate|doctoral degree|associate'?s? degree)(?![\\w])");
    /** Two-letter forms only count in capitals ("MS", "BA"), so the words "ms" or "ba" never do. */
    static final Pattern SHORT = Pattern.compile("\\b(BS|BA|MS|MA)\\b(?=\\s+(?:in|of|degree)\\b)");

    private Degrees() {
    }

    static Set<String> families(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            out.add(family(m.group(1)));
        }
        Matcher s = SHORT.matcher(text);
        while (s.find()) {
            out.add(family(s.group(1)));
        }
        return out;
    }

    static String family(String mention) {
        String k = mention.toLowerCase(java.util.Locale.ROOT).replaceAll("[.\\s']", "");
        if (k.startsWith("mba")) {
            return "mba";
        }
        if (k.startsWith("phd") || k.startsWith("doctor")) {
            return "doctorate";
        }
        if (k.startsWith("associate")) {
            return "associate";
        }
        return k.startsWith("b") ? "bachelor" : "master";
    }
}
