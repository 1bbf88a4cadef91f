package dev.careeragent.jobs.dedupe;

import dev.careeragent.jobs.JobPosting;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Normalised company, title and location, so "Acme Inc." / "ACME" and "Engineer (m/w/d)" / "Engineer" compare equal. */
final class PostingKeys {

    private static final Pattern GENDER = Pattern.compile(
            "\\(?\\b(?:m|w|f|h|d|x|all genders?)\\s*/\\s*(?:m|w|f|h|d|x)(?:\\s*/\\s*(?:m|w|f|h|d|x))?\\)?|\\(all genders?\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> LEGAL = Set.of("inc", "llc", "ltd", "limited", "gmbh", "ag", "sa", "sas", "sarl",
            "plc", "corp", "corporation", "co", "company", "the", "bv", "nv", "ab", "as", "oy", "srl", "spa", "pty", "se");
    /** Words that make two otherwise equal titles different jobs. */
    private static final Set<String> LEVEL = Set.of("senior", "sr", "junior", "jr", "lead", "principal", "staff", "head",
            "director", "manager", "intern", "internship", "associate", "chief", "vp", "i", "ii", "iii", "iv", "1", "2",
            "3", "4", "5", "trainee", "entry", "mid", "werkstudent", "stagiaire");

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PostingKeys() {
    }

    static String company(String company) {
        return String.join(" ", words(company).stream().filter(w -> !LEGAL.contains(w)).toList());
    }

    /** The title's distinct words, gender markers such as "(m/w/d)" removed, in order. */
    static Set<String> titleWords(String title) {
        return new LinkedHashSet<>(words(title == null ? null : GENDER.matcher(title).replaceAll(" ")));
    }

    /** The words that make two otherwise equal titles different jobs ("senior", "ii", "intern"). */
    static Set<String> levels(Set<String> titleWords) {
        return titleWords.stream().filter(LEVEL::contains).collect(Collectors.toUnmodifiableSet());
    }

    static String place(JobPosting p) {
        String city = p.city() != null ? p.city() : p.location();
        return String.join(" ", words(city));
    }

    private static java.util.List<String> words(String s) {
        if (s == null) {
            return java.util.List.of();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        String folded = Normalizer.isNormalized(lower, Normalizer.Form.NFD) ? lower
                : MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return Arrays.stream(NON_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
    }
}
