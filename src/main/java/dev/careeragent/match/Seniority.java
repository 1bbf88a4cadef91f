package dev.careeragent.match;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Career level, from a job title, a posting's seniority field, or years of experience. Ordered low to high. */
public enum Seniority {
    INTERN, JUNIOR, MID, SENIOR, LEAD, PRINCIPAL;

    // Checked from the top: "Associate Director" is a director, "Senior Staff Engineer" is staff.
    private static final Pattern PRINCIPAL_WORDS = Pattern.compile(
            "\\b(principal|director|chief|vp|vice president|head of|distinguished|fellow|executive|c[teo]o)\\b");
    private static final Pattern LEAD_WORDS = Pattern.compile("\\b(lead|staff|manager|head|supervisor|team lead)\\b");
    private static final Pattern SENIOR_WORDS = Pattern.compile("\\b(senior|sr|snr|mid-senior|experienced|iii|iv)\\b");
    private static final Pattern MID_WORDS = Pattern.compile("\\b(mid|mid-level|intermediate|ii)\\b");
    private static final Pattern JUNIOR_WORDS = Pattern.compile(
            "\\b(junior|jr|entry|entry-level|graduate|grad|associate|assistant|trainee level|i)\\b");
    private static final Pattern INTERN_WORDS = Pattern.compile("\\b(intern|internship|trainee|apprentice|working student)\\b");

    /** The level a title or seniority label names, if any ("Sr. Data Engineer", "Mid-Senior level", "Internship"). */
    public static Optional<Seniority> fromText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).replace('.', ' ');
        if (INTERN_WORDS.matcher(t).find()) {
            return Optional.of(INTERN);
        }
        if (PRINCIPAL_WORDS.matcher(t).find()) {
            return Optional.of(PRINCIPAL);
        }
        if (LEAD_WORDS.matcher(t).find()) {
            return Optional.of(LEAD);
        }
        if (SENIOR_WORDS.matcher(t).find()) {
            return Optional.of(SENIOR);
        }
        if (MID_WORDS.matcher(t).find()) {
            return Optional.of(MID);
        }
        return JUNIOR_WORDS.matcher(t).find() ? Optional.of(JUNIOR) : Optional.empty();
    }

    /** The level years of experience usually mean. */
    public static Seniority fromYears(double years) {
        if (years < 2) {
            return JUNIOR;
        }
        if (years < 5) {
            return MID;
        }
        return years < 10 ? SENIOR : LEAD;
    }

    /** Fit of a candidate at {@code candidate} for a job at this level: 1 on level, less when under- or over-qualified. */
    public double fitFor(Seniority candidate) {
        int gap = ordinal() - candidate.ordinal();
        double fit = gap > 0 ? 1 - 0.3 * gap : 1 + 0.15 * gap;
        return Math.max(0, Math.min(1, fit));
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
