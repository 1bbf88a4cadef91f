package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careeragent.resume.read.TextLine;

/** Picks the person's name from the lines above the first section: large or bold, short, made of name words. */
final class NameFinder {

    /** {@code lines} are the name and headline lines when they stand outside the top block, else empty. */
    record Result(String name, String headline, List<TextLine> lines) {
    }

    private static final Pattern NAME_WORD = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.|(?:de|van|von|der|den|da|das|do|dos|du|di|del|la|le|ter|bin|al)|\\p{Lu}+)");
    private static final Pattern NAME_LABEL = Pattern.compile("(?i)^(name|nom|nombre)\\s*:\\s*");
    /** Markdown heading marks and a label set before the name on its line ("# Ana Ruiz", "PERSONAL INFORMATION Ana Ruiz"). */
    private static final Pattern LEAD_LABEL = Pattern.compile("(?iu)^(?:#+\\s*|(?:personal information|personal details"
            + "|personal data|informations personnelles|personliche daten|persönliche daten|datos personales"
            + "|informazioni personali)\\s+(?=\\p{Lu}))");
    /** A spaced hyphen inside a double given name ("George - Alexandru Tanu"). */
    private static final Pattern SPACED_HYPHEN = Pattern.compile("(?<=\\p{L})\\s+-\\s+(?=\\p{Lu})");
    /** A capital set apart from the rest of its word in display type ("A nass El Mokaouil"). */
    private static final Pattern SPLIT_INITIAL = Pattern.compile("(?<![\\p{L}.])(\\p{Lu})\\s+(?=\\p{Ll}{2,})(?!(?:de|van|von|der|den|da|di|del|la|le|bin|al)\\b)");
    private static final Pattern SPLIT = Pattern.compile("\\t|\\s+[|•·—–/]\\s+|\\s*\\|\\s*|\\s{2,}");
    private static final Pattern ROLE = Pattern.compile("(?iu)\\b(engineer|developer|manager|designer|analyst|consultant|"
            + "accountant|scientist|architect|director|specialist|coordinator|student|intern|resume|résumé|curriculum|cv|"
            + "lebenslauf|bewerbung|anschreiben|candidature|candidatura|이력서|자기소개서|履歴書|职务经历书|简历|履历|senior|junior|lead|support|office|assistant|programmer|technician|nurse|teacher|officer|"
            + "administrator|representative|software|ing[eé]nieur|ingeniero|d[eé]veloppeur|desarrollador|entwickler|logiciel)\\b");

    /** "Name, Job Title" on one line. */
    /** A company's legal form: a line holding one names an employer (a cover page's addressee), never the person. */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?iu)\\b(inc|llc|ltd|gmbh|corp|plc|pvt|holding|holdings|kg)\\b");

    private static final Pattern NAME_COMMA_TITLE = Pattern.compile("^([^,]{3,40}),\\s*(\\p{L}[^,]{2,60})$");

    /** Post-nominal letters after the name: ", PMP, SAP-PRIME", ", RN, BSN", ", PhD". */
    /** The document's type set after the name on the same line ("JAN KÜSTER RESUME", "Ana Ruiz – CV"). */
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("(?iu)(?:\\s+[–—-])?\\s+(?:resume|résumé|cv|curriculum vitae)$");
    /** A line naming the document itself ("Curriculum Vitae", "Hoja de Vida"): a title, never the name. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("(?iu)^(?:curriculum(?: vitae)?|resume|résumé|cv"
            + "|lebenslauf|hoja de vida|curr[ií]culo|이\\s*력\\s*서|履歴書|简历)$");
    private static final Pattern CREDENTIALS = Pattern.compile("(?:,\\s*\\p{Lu}[\\p{L}.-]*\\p{Lu}[\\p{L}.-]*)+$");

    private final ContactExtractor contacts;
    private final DateParser dates;

    NameFinder(ContactExtractor contacts, DateParser dates) {
        this.contacts = contacts;
        this.dates = dates;
    }

    /**
     * The name from the lines above the first section, or from the largest text on the first page when that is
     * larger still: in a two-column layout the name heads one column while the other opens with contact details.
     */
    Result find(List<TextLine> top, List<TextLine> body, String email) {
        Optional<String> labelled = LabelledName.in(body.isEmpty() ? top : body);
        if (labelled.isPresent()) {
            return new Result(labelled.get(), null, List.of());
        }
        List<TextLine> candidates = new ArrayList<>(top.subList(0, Math.min(top.size(), 8)));
        float topSize = (float) candidates.stream().mapToDouble(TextLine::fontSize).max().orElse(0);
        float largest = (float) body.stream().filter(l -> l.page() == 1).mapToDouble(TextLine::fontSize).max().orElse(0);
        int outside = -1;
        if (largest > topSize + 0.5f && largest >= 1.3f * medianSize(body)) {
            for (int i = 0; i < body.size() && outside < 0; i++) {
                if (body.get(i).page() == 1 && body.get(i).fontSize() >= largest - 0.1f && !top.contains(body.get(i))) {
                    outside = i;
                }
            }
        }
        if (outside >= 0) {
            Result big = pick(body.subList(outside, Math.min(body.size(), outside + 2)), 1, largest, email);
            if (big.name() != null) {
                List<TextLine> lines = new ArrayList<>(List.of(body.get(outside)));
                if (big.headline() != null) {
                    lines.add(body.get(outside + 1));
                }
                return new Result(big.name(), big.headline(), lines);
            }
        }
        return pick(top, 8, topSize, email);
    }

    /**
     * A line of the first page made of two or more words the e-mail spells ("Ilias Amine" for ilias.amine@...), the
     * largest first: the name when the page opens with something else, such as a cover letter's heading.
     */
    Result backedByEmail(List<TextLine> body, String email) {
        TextLine best = null;
        for (TextLine line : body) {
            String candidate = cleaned(SPLIT.split(line.text().strip())[0]);
            if (line.page() == 1 && (best == null || line.fontSize() > best.fontSize())
                    && EmailNameEvidence.wordsFound(candidate, email) >= 2 && looksLikeName(candidate)) {
                best = line;
            }
        }
        return new Result(best == null ? null : cleaned(SPLIT.split(best.text().strip())[0]), null, List.of());
    }

    private Result pick(List<TextLine> top, int max, float maxSize, String email) {
        int limit = Math.min(top.size(), max);
        int best = -1;
        double bestScore = 0;
        String bestName = null;
        String bestTitle = null;
        int bestLines = 1;
        for (int i = 0; i < limit; i++) {
            TextLine line = top.get(i);
            String candidate = cleaned(SPLIT.split(LEAD_LABEL.matcher(line.text().strip()).replaceFirst(""))[0]);
            String title = null;
            Matcher named = NAME_COMMA_TITLE.matcher(candidate);
            if (named.matches() && looksLikeName(named.group(1)) && named.group(1).contains(" ")) {
                candidate = named.group(1); // "Mandy Campbell, Bootcamp Instructor"
                title = named.group(2);
            }
            int lines = 1;
            int nextAt = nextInSameType(top, i);
            TextLine next = nextAt < 0 ? null : top.get(nextAt);
            String second = next == null ? null : SPLIT.split(next.text().strip())[0].strip();
            if (second != null && continues(line, next, candidate, second) && contacts.location(second) == null) {
                // "SEAN" over "PRICE", "ANYI YOJANNA FLORES" over "RODRIGUEZ", "Guy Borel" over "Tabueu"
                candidate = candidate + " " + second;
                lines = nextAt - i + 1;
            }
            candidate = candidate.contains(" ") ? DOCUMENT_TYPE.matcher(candidate).replaceFirst("") : candidate;
            // a lone given name is a name only in the page's largest type ("Alice" over "Adventurer")
            boolean loneName = !candidate.contains(" ") && line.fontSize() >= maxSize - 0.1f && maxSize >= 18
                    && (NAME_WORD.matcher(candidate).matches() && candidate.length() >= 3
                        || LabelledName.CASELESS_NAME.matcher(candidate).matches())
                    && SectionVocabulary.kindOf(candidate).isEmpty() && !ROLE.matcher(candidate).find();
            String lowerCase = line.fontSize() >= maxSize - 0.1f ? EmailNameEvidence.lowerCaseName(candidate, email) : null;
            candidate = lowerCase != null ? lowerCase : candidate;
            if (!looksLikeName(candidate) && !loneName) {
                continue;
            }
            double score = 1 + (line.fontSize() >= maxSize - 0.1 ? 2 : 0) + (line.bold() ? 1 : 0) - i * 0.3
                    - (ROLE.matcher(candidate).find() ? 3 : 0) - (candidate.contains(" ") ? 0 : 1.5)
                    + 0.8 * Math.min(2, EmailNameEvidence.wordsFound(candidate, email));
            if (score > bestScore) {
                best = i;
                bestScore = score;
                bestName = candidate;
                bestTitle = title;
                bestLines = lines;
            }
        }
        String headline = bestTitle;
        int after = best + bestLines;
        if (best >= 0 && headline == null && after < top.size()) {
            String next = top.get(after).text().strip();
            boolean contactish = contacts.email(next) != null || contacts.phone(next) != null
                    || !contacts.links(next).isEmpty() || contacts.locationIn(next) != null;
            if (!contactish && !next.contains("\t") && next.split("\\s+").length <= 10 && !next.matches(".*\\d.*")
                    && !next.startsWith("“") && !next.startsWith("\"") && SectionVocabulary.kindOf(next).isEmpty()) {
                headline = next;
            }
        }
        return new Result(bestName, headline, List.of());
    }

    /** The line after {@code i} in its type, past at most one smaller line set beside it (an address column). */
    private static int nextInSameType(List<TextLine> top, int i) {
        for (int j = i + 1; j < Math.min(top.size(), i + 3); j++) {
            if (sameType(top.get(j), top.get(i))) {
                return j;
            }
            if (top.get(j).fontSize() > top.get(i).fontSize()) {
                return -1;
            }
        }
        return -1;
    }

    private static String cleaned(String part) {
        String candidate = NAME_LABEL.matcher(part.strip()).replaceFirst("");
        candidate = SPLIT_INITIAL.matcher(SPACED_HYPHEN.matcher(candidate).replaceAll("-")).replaceAll("$1");
        return CREDENTIALS.matcher(candidate).replaceFirst("").strip();
    }

    /** {@code next} holds the rest of the name that {@code first} begins (a heading detector's second opinion). */
    static boolean continuesName(TextLine first, TextLine next) {
        return continues(first, next, SPLIT.split(first.text().strip())[0].strip(), SPLIT.split(next.text().strip())[0].strip());
    }

    private static boolean continues(TextLine first, TextLine next, String name, String text) {
        return secondNameLine(first, next, name, text) && !ROLE.matcher(text).find()
                && !EntryParser.TITLE_WORDS.matcher(text).find();
    }

    /**
     * The rest of the name set under its first line in the same large type: one name word under a short name
     * ("Guy Borel" over "Tabueu"), or two under two capitalised words ("HUGO ALEJANDRO" over "ROBALINO URVINA").
     */
    private static boolean secondNameLine(TextLine first, TextLine next, String name, String text) {
        String[] firstWords = name.split("\\s+");
        String[] words = text.split("\\s+");
        boolean caps = allCapitals(first.text());
        boolean fits = words.length == 1 && firstWords.length <= (caps ? 3 : 2)
                || words.length == 2 && (firstWords.length == 1 || firstWords.length == 2 && caps);
        // display type may set the last name bold under a plain given name ("Алина" over "Шайхутдинова")
        return fits && sameType(next, first) && (next.bold() == first.bold() || first.fontSize() >= 20)
                && text.length() >= 2 && java.util.Arrays.stream(words).allMatch(w -> NAME_WORD.matcher(w).matches())
                && first.fontSize() >= 14 && caps == allCapitals(text);
    }

    /** Display type set a little apart in size (25.7 over 25 pt) is still one type. */
    private static boolean sameType(TextLine a, TextLine b) {
        return Math.abs(a.fontSize() - b.fontSize()) < Math.max(0.5f, 0.04f * Math.max(a.fontSize(), b.fontSize()));
    }

    /** Every letter a capital ("OH" too, which is short for {@link HeadingDetector#caps}). */
    private static boolean allCapitals(String text) {
        return text.chars().anyMatch(Character::isLetter)
                && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static float medianSize(List<TextLine> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        double[] sizes = lines.stream().mapToDouble(TextLine::fontSize).sorted().toArray();
        return (float) sizes[sizes.length / 2];
    }

    private boolean looksLikeName(String text) {
        // a comma between words is an address or a list ("Koura District, Irbid, Jordan"), not a name
        if (text.length() < 3 || text.length() > 50 || contacts.email(text) != null || text.matches(".*\\d.*")
                || DOCUMENT_TITLE.matcher(text).matches()
                || LEGAL_FORM.matcher(text).find()
                || text.matches(".*\\p{L},\\s*\\p{L}.*")
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
