package dev.careeragent.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phrases such as "5+ years of Java", "at least 3 years' experience", "3-5 years", "two years
 * of experience" and keeps only those about experience (not "founded 20 years ago").
 */
final class YearsOfExperience {

    /** A phrase at [start, end) asking for at least {@code min} years; {@code general} when it says "years of experience". */
    record Phrase(int start, int end, int min, boolean general) {
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twelve", 12), Map.entry("fifteen", 15));
    private static final String NUMBER = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)";
    private static final Pattern PHRASE = Pattern.compile("(?i)\\b" + NUMBER + "\\s*(?:\\+|plus)?\\s*(?:(?:-|–|to)\\s*"
            + NUMBER + "\\s*\\+?\\s*)?(?:years?|yrs?)(?:['’]s?)?(?:\\s*\\+)?");
    private static final Pattern GENERAL = Pattern.compile("(?i)^(\\s*\\(?|\\s+of|\\s+(professional|relevant|industry|work"
            + "|hands-on|proven|practical|related|prior|previous|commercial|overall|total))*\\s*experience");
    private static final Pattern NOT_EXPERIENCE = Pattern.compile("(?i)^\\s*(old|ago|of age|in business|history|warranty|from now)");
    private static final Pattern EXPERIENCE_NEAR = Pattern.compile("(?i)experience|expertise|background|working with|work(ed|ing)? in");

    private YearsOfExperience() {
    }

    static List<Phrase> find(String text, int from, int to) {
        List<Phrase> out = new ArrayList<>();
        Matcher m = PHRASE.matcher(text).region(from, to);
        while (m.find()) {
            int min = value(m.group(1));
            String after = text.substring(m.end(), Math.min(to, m.end() + 80));
            String before = text.substring(Math.max(from, m.start() - 40), m.start());
            if (min == 0 || min > 30 || NOT_EXPERIENCE.matcher(after).find()) {
                continue;
            }
            boolean general = GENERAL.matcher(after).find();
            if (general || EXPERIENCE_NEAR.matcher(after).find() || EXPERIENCE_NEAR.matcher(before).find()
                    || after.matches("(?s)^\\s*(of|in|with|using)\\s.*") || before.matches("(?s).*\\(\\s*")) {
                out.add(new Phrase(m.start(), m.end(), min, general));
            }
        }
        return out;
    }

    private static int value(String number) {
        Integer word = WORDS.get(number.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(number);
    }
}
