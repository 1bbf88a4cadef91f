package dev.careeragent.skills;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the words around a skill name in a posting where a longer phrase gives the name another sense: the head
 * noun after a list the name is part of ("Web3/Crypto companies", "Sales and Marketing teams"), a department
 * named as a partner ("work with Sales and Marketing"), a name inside a product's name ("Yardi Property
 * Management Software"), a market an employer serves ("sectors including Banking"), a language's name as an adjective
 * ("Indonesian households").
 */
final class NameContext {

    /** Up to three more list items ("/Crypto", ", Marketing and Finance") and then the word they all qualify. */
    private static final Pattern LIST_THEN_HEAD = Pattern.compile(
            "^(?:\\s*(?:/|,|&|\\band\\b|\\bor\\b)\\s*[\\p{L}\\p{N}.+#-]+){1,3}\\s+(\\p{L}+)");
    /** "with", "alongside" ... then up to three capitalised names joined by commas, "and", "&" or "/". */
    private static final Pattern PARTNER_BEFORE = Pattern.compile("\\b(?:with|alongside|across|between)\\s+(?:the\\s+)?"
            + "(?:\\p{Lu}[\\p{L}&]*\\s*(?:,|&|/|\\band\\b)\\s*){0,3}$");
    private static final Pattern PRODUCT_HEAD = Pattern.compile("^\\s+(?:Software|System|Systems|Suite|Platform)\\b");
    /** Business functions that are also departments a role works with. */
    private static final Set<String> DEPARTMENT_CATEGORIES = Set.of("Sales", "Marketing & communications",
            "Human resources", "Accounting & finance", "Legal & compliance", "Logistics & operations", "Customer service",
            "Project & product management", "Engineering", "Design & creative");
    private static final int REACH = 60;
    /** "sectors including", "industries such as": what follows names the markets an employer serves. */
    private static final Pattern MARKETS_INTRO = Pattern.compile("\\b(?:sectors?|industr(?:y|ies)|markets?|verticals?)"
            + "\\s+(?:including|such as|like|e\\.g\\.?|incl\\.?)\\s+");
    private static final Pattern LIST_ITEMS = Pattern.compile("[\\p{L}\\p{N}&/,'’ -]*");
    private static final int LIST_REACH = 120;
    /** "translating business needs into actionable insights": into a thing, not into a language (a capitalised name). */
    private static final Pattern INTO_A_THING = Pattern.compile("^[^.;:!?\\n]{0,60}?\\binto\\s+(?:an?\\s+|the\\s+)?\\p{Ll}");
    /** Words by which a language's name is the language itself ("English speaker", "Mandarin (spoken and written)"). */
    private static final Set<String> LANGUAGE_USE = Set.of("", "and", "or", "language", "languages", "speaker", "speakers",
            "speaking", "skill", "skills", "proficiency", "proficient", "fluency", "fluent", "communication", "writing",
            "written", "reading", "spoken", "oral", "verbal", "native", "bilingual", "literature", "teacher", "teachers",
            "teaching", "tutor", "translation", "translator", "interpreter", "version", "content", "copywriting", "text",
            "texts", "grammar", "test", "tests", "exam", "certificate", "course", "courses", "class", "classes", "level",
            "is", "are", "as", "at", "to", "with", "required", "preferred", "mandatory", "essential", "desirable", "a",
            "an", "would", "will", "must", "may", "can", "should", "could", "plus", "advantage", "both", "also", "only",
            "speak", "speaks", "writer", "writers", "editor", "editors", "copywriter", "typing", "medium", "fluently", "for", "in");

    private NameContext() {
    }

    /** The word that a list holding the mention qualifies ("companies" in "Web3/Crypto companies"), or "". */
    static String listHead(String text, int end) {
        Matcher m = LIST_THEN_HEAD.matcher(text.substring(end, Math.min(text.length(), end + REACH)));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    /** True for a department named as someone to work with ("partner with Finance", "with Sales and Marketing"). */
    static boolean partnerDepartment(String text, SkillMention m) {
        String surface = m.matchedText();
        if (surface.indexOf(' ') >= 0 || !Character.isUpperCase(surface.charAt(0))
                || !DEPARTMENT_CATEGORIES.contains(m.skill().category())) {
            return false;
        }
        return PARTNER_BEFORE.matcher(text.substring(Math.max(0, m.start() - REACH), m.start())).find();
    }

    /**
     * True for an item of a list of the markets an employer serves ("customers across various sectors including
     * Automotive, Banking, Retail & Ecommerce"): an industry, not a skill. Only list items may stand in between.
     */
    static boolean marketListed(String text, int start) {
        String before = text.substring(Math.max(0, start - LIST_REACH), start).toLowerCase(Locale.ROOT);
        Matcher intro = MARKETS_INTRO.matcher(before);
        int listStart = -1;
        while (intro.find()) {
            listStart = intro.end();
        }
        return listStart >= 0 && LIST_ITEMS.matcher(before).region(listStart, before.length()).matches();
    }

    /**
     * True for a language's name qualifying another noun ("Indonesian households", "Greek food"): a nationality. Only a
     * capitalised word inside a sentence is read so: a word opening a line or a sentence may be any noun
     * ("Interpretation services").
     */
    static boolean languageAsAdjective(String text, SkillMention m, String nextWord) {
        if (!Character.isUpperCase(m.matchedText().charAt(0)) || LANGUAGE_USE.contains(nextWord)) {
            return false;
        }
        String before = text.substring(text.lastIndexOf('\n', m.start() - 1) + 1, m.start()).strip();
        return !before.isEmpty() && ".!?:;•*-–".indexOf(before.charAt(before.length() - 1)) < 0;
    }

    /** True for "translate ... into" a thing, not a language ("translate data into insights"): turning one thing into another. */
    static boolean figurativeTranslation(String text, SkillMention m) {
        return m.matchedText().toLowerCase(Locale.ROOT).startsWith("translat")
                && INTO_A_THING.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 80))).find();
    }

    /**
     * True for a capitalised name right after another skill's name and before "Software"/"System": the words are one
     * product's name ("Yardi Property Management Software" is Yardi, not Property Management).
     */
    static boolean insideProductName(String text, SkillMention m, SkillMention previous) {
        if (previous == null || !Character.isUpperCase(m.matchedText().charAt(0))
                || !text.substring(previous.end(), m.start()).equals(" ")) {
            return false;
        }
        return PRODUCT_HEAD.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 20))).find();
    }
}
