package dev.careeragent.letters;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hiring manager's name when a posting gives it ("Hiring manager: Jane Doe", "you will report to Jane Doe"). */
final class HiringManager {

    private static final Pattern NAMED = Pattern.compile("(?i:hiring manager|reports? to|reporting to|contact person|"
            + "your contact|ansprechpartner(?:in)?|questions\\?? contact)\\s*(?:is\\s+)?[:,\\-\u2013]?\\s*"
            + "((?:(?:Mr|Ms|Mrs|Dr)\\.?[ \\t]+)?[A-Z][a-z\u00e0-\u00ff'\\-]+(?:[ \\t]+[A-Z][a-z\u00e0-\u00ff'\\-]+){1,2})");

    private HiringManager() {
    }

    static Optional<String> find(String postingText) {
        if (postingText == null) {
            return Optional.empty();
        }
        Matcher m = NAMED.matcher(postingText);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
