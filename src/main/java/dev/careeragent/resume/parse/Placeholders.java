package dev.careeragent.resume.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text a template left for the writer to fill in ("Date: Month 20XX", "[Company Name]", "Lorem ipsum") and ratings a
 * layout drew as numbers, bars or level words ("English, 5", "●●●○○", "Expert"): never content of a resume.
 */
final class Placeholders {

    private static final Pattern TEMPLATE_DATE = Pattern.compile("(?iu)^(?:(?:date|dates|from|to|start|end)\\s*:?\\s*)?"
            + "(?:month|mm|mon)\\s*[/ ,.-]?\\s*(?:year|yyyy|yy|(?:19|20)xx)(?:\\s*[-–—to]+\\s*(?:(?:month|mm|mon)\\s*[/ ,.-]?"
            + "\\s*(?:year|yyyy|yy|(?:19|20)xx)|present|current))?$");
    private static final Pattern BRACKETED = Pattern.compile("^(?:\\[[^\\]]{1,60}]|<[^>]{1,60}>|\\{[^}]{1,60}}|_{3,})$");
    private static final Pattern LOREM = Pattern.compile("(?iu)\\blorem ipsum\\b|\\bdolor sit amet\\b|^\\(?(?:tip|hint)\\s*:");
    private static final Set<String> FIELDS = Set.of("company name", "company", "job title", "position title",
            "your name", "first last", "city, state", "city, st", "city, country", "month year", "start date",
            "end date", "dates of employment", "phone number", "email address", "your email", "school name",
            "degree name", "university name", "organization name", "employer name");

    /** A rating drawn as text: a score ("5", "4/5", "80%"), dots or stars, or a CEFR level on its own ("C1"). */
    private static final Pattern SCORE = Pattern.compile("(?iu)^(?:\\d{1,3}(?:\\s*/\\s*\\d{1,3})?\\s*%?|[●○◯◉•·★☆✩✪■□▪▫|▮▯◆◇-]{2,}"
            + "|[abc][12]\\+?)$");
    private static final Pattern LEVEL = Pattern.compile("(?iu)^(?:native(?: speaker| language| or bilingual"
            + "(?: proficiency)?| proficiency)?|mother tongue|bilingual|fluent|fluency|proficient|highly proficient"
            + "|full professional proficiency|professional(?: working)?(?: proficiency)?|limited working proficiency"
            + "|working knowledge|conversational|basic|basics|beginner|elementary|intermediate|upper intermediate"
            + "|pre-intermediate|advanced|expert|experienced|skilful|skillful|novice|good|very good|excellent"
            + "|good command|very good command|good working knowledge|competent|average)\\.?$");

    private Placeholders() {
    }

    static boolean isTemplateText(String text) {
        String t = text.strip();
        return !t.isEmpty() && (TEMPLATE_DATE.matcher(t).matches() || BRACKETED.matcher(t).matches()
                || LOREM.matcher(t).find() || FIELDS.contains(t.toLowerCase(Locale.ROOT).replaceAll("[:.]$", "")));
    }

    /** A score, bar or CEFR level standing alone. */
    static boolean isScore(String text) {
        return SCORE.matcher(text.strip()).matches();
    }

    /** A proficiency word or phrase standing alone ("Native speaker", "Expert", "Very good command"). */
    static boolean isLevel(String text) {
        return LEVEL.matcher(text.strip()).matches();
    }
}
