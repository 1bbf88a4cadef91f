package dev.careeragent.match;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Occupations a job title names that only a licensed person may do (O*NET lists a licence as required for them):
 * a recruiter passes over a resume for a nurse practitioner or attorney job when the resume names no such licence,
 * however close the rest of it reads. The field alone cannot say this: a medical receptionist and a nurse
 * practitioner both work in healthcare.
 */
enum Licences {
    REGISTERED_NURSE("registered nurse", "registered nurse|rn", "registered nurse|rn|bsn|nursing licen[cs]e"),
    NURSE_PRACTITIONER("nurse practitioner", "nurse practitioner|np|aprn|fnp", "nurse practitioner|np|aprn|fnp|dnp"),
    PRACTICAL_NURSE("licensed practical nurse", "licensed (?:practical|vocational) nurse|lpn|lvn",
            "licensed (?:practical|vocational) nurse|lpn|lvn"),
    PHYSICIAN("physician", "physician(?! assistant)|hospitalist|surgeon|medical director",
            "physician(?! assistant)|hospitalist|surgeon|doctor of medicine|medical school|residency"),
    PHYSICIAN_ASSISTANT("physician assistant", "physician assistant|pa-c", "physician assistant|pa-c"),
    PHARMACIST("pharmacist", "pharmacist", "pharmacist|pharm\\.?d"),
    DENTIST("dentist", "dentist", "dentist|dental surgery"),
    ATTORNEY("attorney", "attorney|lawyer|solicitor|barrister|counsel",
            "attorney|lawyer|solicitor|barrister|counsel|j\\.?d\\.?|juris doctor|law school|bar admission"),
    ELECTRICIAN("electrician", "electrician", "electrician|electrical licen[cs]e"),
    CPA("certified public accountant", "certified public accountant|cpa", "certified public accountant|cpa");

    private final String label;
    private final Pattern inTitle;
    private final Pattern inResume;

    Licences(String label, String inTitle, String inResume) {
        this.label = label;
        this.inTitle = Pattern.compile("\\b(?:" + inTitle + ")\\b");
        this.inResume = Pattern.compile("\\b(?:" + inResume + ")\\b");
    }

    String label() {
        return label;
    }

    /** The licensed occupations a job title names ("Nurse Practitioner" -> nurse practitioner). */
    static Set<Licences> askedBy(String title) {
        return find(title, true);
    }

    /** The licensed occupations a resume's text names anywhere (titles, certifications, education, ...). */
    static Set<Licences> namedIn(String resumeText) {
        return find(resumeText, false);
    }

    private static Set<Licences> find(String text, boolean title) {
        Set<Licences> found = EnumSet.noneOf(Licences.class);
        if (text == null || text.isBlank()) {
            return found;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (Licences l : values()) {
            if ((title ? l.inTitle : l.inResume).matcher(t).find()) {
                found.add(l);
            }
        }
        return found;
    }
}
