package dev.careeragent.resume.parse;

import java.util.List;
import java.util.regex.Pattern;

import dev.careeragent.resume.read.TextLine;

/** Picks the person's name from the lines above the first section: large or bold, short, made of name words. */
final class NameFinder {

    record Result(String name, String headline) {
    }

    private static final Pattern NAME_WORD = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|(?:de|van|von|der|da|di|del|la|le|bin|al)|\\p{Lu}+)");
    private static final Pattern NAME_LABEL = Pattern.compile("(?i)^(name|nom|nombre)\\s*:\\s*");
    private static final Pattern SPLIT = Pattern.compile("\\t|\\s+[|•·—–]\\s+|\\s*\\|\\s*|\\s{2,}");
    private static final Pattern ROLE = Pattern.compile("(?iu)\\b(engineer|developer|manager|designer|analyst|consultant|"
            + "accountant|scientist|architect|director|specialist|coordinator|student|intern|resume|résumé|curriculum|cv|"
            + "lebenslauf|senior|junior|lead|support|office)\\b");

    /** Post-nominal letters after the name: ", PMP, SAP-PRIME", ", RN, BSN", ", PhD". */
    private static final Pattern CREDENTIALS = Pattern.compile("(?:,\\s*\\p{Lu}[\\p{L}.-]*\\p{Lu}[\\p{L}.-]*)+$");

    private final ContactExtractor contacts;
    private final DateParser dates;

    NameFinder(ContactExtractor contacts, DateParser dates) {
        this.contacts = contacts;
        this.dates = dates;
    }

    Result find(List<TextLine> top) {
        int limit = Math.min(top.size(), 8);
        float maxSize = (float) top.stream().limit(limit).mapToDouble(TextLine::fontSize).max().orElse(0);
        int best = -1;
        double bestScore = 0;
        String bestName = null;
        for (int i = 0; i < limit; i++) {
            TextLine line = top.get(i);
            String candidate = CREDENTIALS.matcher(NAME_LABEL.matcher(SPLIT.split(line.text().strip())[0].strip())
                    .replaceFirst("")).replaceFirst("").strip();
            if (!looksLikeName(candidate)) {
                continue;
            }
            double score = 1 + (line.fontSize() >= maxSize - 0.1 ? 2 : 0) + (line.bold() ? 1 : 0) - i * 0.3
                    - (ROLE.matcher(candidate).find() ? 3 : 0) - (candidate.contains(" ") ? 0 : 1.5);
            if (score > bestScore) {
                best = i;
                bestScore = score;
                bestName = candidate;
            }
        }
        String headline = null;
        if (best >= 0 && best + 1 < top.size()) {
            String next = top.get(best + 1).text().strip();
            boolean contactish = contacts.email(next) != null || contacts.phone(next) != null
                    || !contacts.links(next).isEmpty() || contacts.locationIn(next) != null;
            if (!contactish && !next.contains("\t") && next.split("\\s+").length <= 10 && !next.matches(".*\\d.*")
                    && !next.startsWith("“") && !next.startsWith("\"")) {
                headline = next;
            }
        }
        return new Result(bestName, headline);
    }

    private boolean looksLikeName(String text) {
        if (text.length() < 3 || text.length() > 50 || contacts.email(text) != null || text.matches(".*\\d.*")
                || !contacts.links(text).isEmpty() || dates.find(text).isPresent()
                || SectionVocabulary.kindOf(text).isPresent() || contacts.location(text) != null) {
            return false;
        }
        String[] words = text.split("\\s+");
        if (words.length < 1 || words.length > 5) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word.replaceAll("[,]$", "")).matches()) {
                return false;
            }
        }
        return words.length >= 2 || HeadingDetector.caps(text);
    }
}
