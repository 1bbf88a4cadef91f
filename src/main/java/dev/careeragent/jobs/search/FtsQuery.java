package dev.careeragent.jobs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what a user types into a safe FTS5 MATCH expression: the words are split the way the index's
 * unicode61 tokenizer splits them, each is quoted (so AND, OR, NEAR, quotes, brackets and colons are plain text),
 * and all must match. Words of {@value #MIN_PREFIX} or more letters are prefixes ("jav" finds "java"); shorter
 * ones ("r", "go", "ui") match whole words, since a one- or two-letter prefix would expand to most of the index.
 * Input without a word gives no expression.
 */
public final class FtsQuery {

    static final int MAX_WORDS = 12;
    static final int MIN_PREFIX = 3;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    private FtsQuery() {
    }

    public static Optional<String> of(String userText) {
        if (userText == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        for (String word : SEPARATORS.split(userText.strip())) {
            if (!word.isEmpty() && terms.size() < MAX_WORDS) {
                terms.add("\"" + word + "\"" + (word.codePointCount(0, word.length()) >= MIN_PREFIX ? "*" : ""));
            }
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", terms));
    }
}
