package dev.careeragent.sources.web;

import java.util.regex.Pattern;

/**
 * What a job card shows beside its title in many languages, so that a list of such cards reads as a list of jobs:
 * pay, when it was posted ("3 hours ago", "il y a 16 heures", "před 6 minutami") and the kind of employment ("CDI",
 * "Vollzeit", "plný úvazek", "tiempo completo"). Chinese and Japanese words are left out: the few "similar jobs" of
 * a single job page in those languages would read as a list.
 */
final class CardHints {

    /** Pay shown on a card ("$130K/yr - $160K/yr", "時給1,350円", "15K à 30K €", "30 000 – 45 000 Kč"). */
    static final Pattern PAY = Pattern.compile("[$€£¥₹]\\s?\\d"
            + "|\\d[\\d,.]*\\s?(?:[Kk]\\s?)?(?:€|円|元|kr|Kč|Ft|SEK|NOK|DKK|EUR|USD|GBP|CHF|PLN|CZK|zł|[Kk]/yr)");
    /** When a card was posted, counted back from now. */
    private static final Pattern AGO = Pattern.compile("(?iU)\\b(?:\\d+|an?|one)\\s+(?:minute|hour|day|week|month)s?\\s+ago\\b"
            + "|\\bvor\\s+(?:\\d+|einer?|einem)\\s+(?:minute|stunde|tag|woche|monat)" // German
            + "|\\bil y a\\s+(?:\\d+|une?)\\s+(?:minute|heure|jour|semaine|mois)" // French
            + "|\\b(?:hace|há)\\s+(?:\\d+|una?|uma?)\\s+(?:minuto|hora|día|dia|semana|mes)" // Spanish, Portuguese
            + "|\\b(?:před|pred)\\s+(?:\\d+\\s+)?(?:minut|hodin|dn|dň|týd|týžd|měsí|mesia)" // Czech, Slovak
            + "|\\b\\d+\\s+(?:minut|or[ae]\\b|giorn|settiman|godzin|dni|tygodn|uur|dag|timm|veck|мин|час|дн|дня|недел)"
            + "\\p{L}*\\s+(?:fa|temu|geleden|sedan|назад|тому)\\b"); // Italian, Polish, Dutch, Swedish, Russian
    /** The kind of employment, in words an English reader would not use for anything else. */
    private static final Pattern EMPLOYMENT = Pattern.compile("(?iU)\\b(?:cdi|cdd|intérim"
            + "|alternance|stage|temps (?:plein|partiel)|télétravail|vollzeit|teilzeit|festanstellung|befristet"
            + "|unbefristet|praktikum|werkstudent\\p{L}*|tiempo completo|medio tiempo|jornada (?:completa|parcial)"
            + "|prácticas|teletrabajo|tempo (?:integral|pieno|indeterminato|determinato)|estágio|tirocinio"
            + "|plný úvazek|zkrácený úvazek|práce z domova|brigáda|pełny etat|umowa o pracę|praca zdalna|staż"
            + "|полная занятость|частичная занятость|стажировка|удал[её]нная работа|heltid|deltid|fuldtid"
            + "|tillsvidare|fast stilling|vaste baan|vast contract)\\b");

    private CardHints() {
    }

    /** Whether the card's text shows pay, how long ago it was posted or the kind of employment. */
    static boolean jobLike(String text) {
        return PAY.matcher(text).find() || AGO.matcher(text).find() || EMPLOYMENT.matcher(text).find();
    }
}
