package dev.careeragent.resume.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings set in a left-hand gutter with the section's first line beside them and no tab between
 * ("EXPERIENCE Software Engineer  August 2018 - Present", "SKILLS Front-End: HTML, CSS"). A capitalised heading of
 * one to three words followed by a word in mixed case; the parser splits such lines only where the document has at
 * least two of them, so one body line that happens to open with a capitalised heading word stays whole.
 */
final class GutterHeading {

    private static final Pattern LINE = Pattern.compile("((?:\\p{Lu}[\\p{Lu}&'’-]+ ){1,3})(?=\\p{Lu}\\p{Ll}|\\d|\\()");

    private GutterHeading() {
    }

    /** The heading at the start of {@code line}, or null when it does not open with a known capitalised heading. */
    static String prefix(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.lookingAt()) {
            return null;
        }
        String heading = m.group(1).strip();
        // the longest known heading among the leading capitalised words ("WORK EXPERIENCE Analyst" -> "WORK EXPERIENCE")
        String[] words = heading.split(" ");
        for (int n = words.length; n >= 1; n--) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (SectionVocabulary.kindOf(candidate).isPresent()) {
                return line.substring(0, line.indexOf(candidate) + candidate.length());
            }
        }
        return null;
    }
}
