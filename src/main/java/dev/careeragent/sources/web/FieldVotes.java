package dev.careeragent.sources.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Scored candidates for one field of a page (title, company or location). Each source of evidence votes with a
 * weight; the same value from several sources adds up, so the best-evidenced value wins rather than the first.
 */
final class FieldVotes {

    private static final int MAX_LENGTH = 160;
    /** A rating or review count shown beside a name ("Acme 4.2 ★", "Acme (1,204 reviews)"). */
    private static final Pattern RATING = Pattern.compile("\\s*(?:\\d(?:[.,]\\d)?\\s*)?[★☆✩✭⭐].*$"
            + "|\\s*(?:\\d[.,]\\d\\s*(?:stars?|/\\s*5|out of 5)?)?\\s*\\(?[\\d,.]+k?\\s+(?:reviews?|ratings?)\\)?\\s*$"
            + "|\\s+\\d[.,]\\d\\s*(?:stars?|/\\s*5|out of 5)\\s*$", Pattern.CASE_INSENSITIVE);

    /** Legal forms only: "Vercel Inc." is the same everyday name as "Vercel", not a fuller one. */
    private static final Pattern LEGAL_FORMS = Pattern.compile("(?:(?:inc|llc|ltd|limited|gmbh|ag|sa|plc|corp|corporation|co|"
            + "company|a s|aps|ab|asa|oy|bv|nv|se|kg|pte|pty|s r o|spol s r o|sp z o o|s a|s l|s p a|s r l|kft|zrt|sarl|sas)\\s*)+");

    private static final class Candidate {
        String value;
        double score;
        double strongest;
    }

    private final Map<String, Candidate> byKey = new LinkedHashMap<>();

    void add(String value, double weight) {
        String clean = clean(value);
        if (clean == null || weight <= 0) {
            return;
        }
        Candidate c = byKey.computeIfAbsent(key(clean), k -> new Candidate());
        c.score += weight;
        if (weight > c.strongest) {
            c.strongest = weight;
            c.value = clean;
        }
    }

    /** Adds {@code weight} to every candidate that {@code applies} to (more evidence for values already seen). */
    void boost(Predicate<String> applies, double weight) {
        for (Candidate c : byKey.values()) {
            if (applies.test(c.value)) {
                c.score += weight;
            }
        }
    }

    /**
     * {@code shortForm} and a fuller form of it ("Mistral" and "Mistral AI") are one candidate: when the page also
     * names the fuller form, that takes the short form's weight.
     */
    void foldIntoFuller(String shortForm) {
        Candidate shortOne = shortForm == null ? null : byKey.get(key(shortForm));
        if (shortOne == null) {
            return;
        }
        String k = key(shortForm);
        Candidate fuller = null;
        for (Candidate c : byKey.values()) {
            String ck = key(c.value);
            if (c != shortOne && ck.startsWith(k + " ") && ck.split(" ").length - k.split(" ").length <= 2
                    && !LEGAL_FORMS.matcher(ck.substring(k.length()).strip()).matches()
                    && (fuller == null || c.score > fuller.score)) {
                fuller = c;
            }
        }
        if (fuller != null) {
            fuller.score += shortOne.score;
            shortOne.score = 0;
        }
    }

    /**
     * One name with and without its legal form ("Bajaj Finance" and "Bajaj Finance ltd.") is one candidate: the
     * better-evidenced form takes the other's weight.
     */
    void foldLegalForms() {
        for (Candidate c : byKey.values()) {
            String k = key(c.value);
            for (Candidate other : byKey.values()) {
                String ok = key(other.value);
                if (other != c && other.score > 0 && ok.startsWith(k + " ")
                        && LEGAL_FORMS.matcher(ok.substring(k.length()).strip()).matches()) {
                    Candidate keep = c.score >= other.score ? c : other;
                    Candidate drop = keep == c ? other : c;
                    keep.score += drop.score;
                    drop.score = 0;
                }
            }
        }
    }

    /**
     * A value that is {@code heading} and then a list ("Manager - Loans, Secured, Sales" under the heading "Manager -
     * Loans") gives its weight to the heading: the list is the unit and function a field appended.
     */
    void foldIntoHeading(String heading) {
        Candidate head = heading == null ? null : byKey.get(key(heading));
        if (head == null) {
            return;
        }
        for (Candidate c : byKey.values()) {
            if (c != head && c.value.startsWith(head.value + ",")) {
                head.score += c.score;
                c.score = 0;
            }
        }
    }

    /** The best value that passes {@code acceptable}, if any. */
    Optional<String> best(Predicate<String> acceptable) {
        Candidate best = null;
        for (Candidate c : byKey.values()) {
            if (acceptable.test(c.value) && (best == null || c.score > best.score)) {
                best = c;
            }
        }
        return Optional.ofNullable(best).map(c -> c.value);
    }

    /** Every candidate value seen so far. */
    List<String> values() {
        return byKey.values().stream().map(c -> c.value).toList();
    }

    double score(String value) {
        Candidate c = value == null ? null : byKey.get(key(value));
        return c == null ? 0 : c.score;
    }

    /** The candidates, best first, with their scores (for diagnostics). */
    @Override
    public String toString() {
        return byKey.values().stream().sorted((a, b) -> Double.compare(b.score, a.score)).limit(8)
                .map(c -> c.value + "=" + Math.round(c.score * 10) / 10.0).toList().toString();
    }

    static String key(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = RATING.matcher(value.replace('\u00a0', ' ')).replaceFirst("").replaceAll("\\(\\s*\\)", "").replaceAll("\\s+", " ").strip();
        v = v.replaceAll("^[\\s'\"‘“:|·•-]+|[\\s'\"’”:|·•,-]+$", "");
        return v.isEmpty() || v.length() > MAX_LENGTH || key(v).isEmpty() ? null : v;
    }
}
