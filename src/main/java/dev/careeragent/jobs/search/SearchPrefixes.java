package dev.careeragent.jobs.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The prefixes that let a word still being typed find a posting by its title, company or place: for every word of
 * four or more letters, its first 3, 4, ... letters up to the word minus one ("Scientist" gives "Sci Scie ...
 * Scientis"; the whole word is in the full-text index already). Stored per posting in {@code search_prefixes} and
 * indexed as whole words, so no prefix index over long descriptions is needed (V7).
 */
public final class SearchPrefixes {

    static final int MIN_LETTERS = 3;
    /** Longer words (URLs, codes) add no useful prefixes beyond this. */
    private static final int MAX_LETTERS = 20;

    private SearchPrefixes() {
    }

    /** Space-separated prefixes of the fields' words, or null when there are none. */
    public static String of(String... fields) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String field : fields) {
            if (field == null) {
                continue;
            }
            for (String word : SearchWords.of(field.toLowerCase(Locale.ROOT))) {
                int letters = word.codePointCount(0, word.length());
                for (int n = MIN_LETTERS; n < Math.min(letters, MAX_LETTERS + 1); n++) {
                    prefixes.add(word.substring(0, word.offsetByCodePoints(0, n)));
                }
            }
        }
        return prefixes.isEmpty() ? null : String.join(" ", prefixes);
    }
}
