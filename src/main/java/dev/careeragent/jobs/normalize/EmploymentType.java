package dev.careeragent.jobs.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The employment types boards use, with the words that mean them in English, French and German and in
 * API codes (FULL_TIME, FullTime, full_time). {@link #normalize(String)} gives the display text stored
 * in {@code JobPosting.employmentType}.
 */
public enum EmploymentType {
    FULL_TIME("Full-time", "full[-_ ]?time|vollzeit|temps plein|temps complet|tiempo completo"),
    PART_TIME("Part-time", "part[-_ ]?time|teilzeit|temps partiel|mi-temps|werkstudent"),
    PERMANENT("Permanent", "permanent|\\bcdi\\b|unbefristet|festanstellung|festangestellt"),
    CONTRACT("Contract", "contract(or|ors)?\\b|contrat|freelance|freiberuf|1099|\\bc2c\\b"),
    TEMPORARY("Temporary", "temporary|\\btemp\\b|\\bcdd\\b|(?<!un)befristet|seasonal|saisonnier|int[ée]rim|per[-_ ]diem"),
    INTERNSHIP("Internship", "intern(ship)?\\b|\\bstage\\b|stagiaire|praktikum|trainee"),
    APPRENTICESHIP("Apprenticeship", "apprentice(ship)?|alternance|ausbildung|\\bv\\.?i\\.?e\\b"),
    VOLUNTEER("Volunteer", "volunteer|b[ée]n[ée]vol|ehrenamt");

    private final String label;
    private final Pattern words;

    EmploymentType(String label, String words) {
        this.label = label;
        this.words = Pattern.compile(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public String label() {
        return label;
    }

    /** Every type the text names, in the order of this enum. */
    public static List<EmploymentType> parseAll(String text) {
        List<EmploymentType> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (EmploymentType type : values()) {
            if (type.words.matcher(text).find()) {
                found.add(type);
            }
        }
        return found;
    }

    /**
     * Display text: the known types in the order the site wrote them ("Permanent, Full-time"); the site's own
     * text when it names none we know; null for blank input.
     */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<EmploymentType> found = parseAll(text);
        if (found.isEmpty()) {
            return text.strip();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        found.sort((a, b) -> Integer.compare(firstIndex(a, lower), firstIndex(b, lower)));
        return String.join(", ", found.stream().map(EmploymentType::label).toList());
    }

    private static int firstIndex(EmploymentType type, String lower) {
        var m = type.words.matcher(lower);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }
}
