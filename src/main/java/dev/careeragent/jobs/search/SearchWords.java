package dev.careeragent.jobs.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits text into words as the full-text index's unicode61 tokenizer does: runs of letters and digits, after
 * composing accents onto their letters (NFC), so each word is exactly one indexed token. Marks that do not compose
 * (for example Devanagari vowel signs) separate tokens there too.
 */
final class SearchWords {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    static List<String> of(String text) {
        String composed = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        return Arrays.stream(SEPARATORS.split(composed)).filter(w -> !w.isEmpty()).toList();
    }
}
