package dev.careeragent.jobs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a user types into a safe FTS5 MATCH expression: the words are split the way the index's
 * unicode61 tokenizer splits them ({@link SearchWords}, so no quoted word is a phrase), each is quoted (so AND, OR, NEAR, quotes, brackets and colons are plain text),
 * and all must match. Each is looked up as a whole word; a word still being typed ("jav") also finds titles,
 * companies and places whose words start with it, through their stored {@link SearchPrefixes} (3 letters and up;
 * "r", "go", "ui" match whole words only). Input without a word gives no expression.
 */
public final class FtsQuery {

    static final int MAX_WORDS = 12;

    private FtsQuery() {
    }

    public static Optional<String> of(String userText) {
        if (userText == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        for (String word : SearchWords.of(userText)) {
            if (terms.size() < MAX_WORDS) {
                terms.add("\"" + word + "\"");
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
    }
}
