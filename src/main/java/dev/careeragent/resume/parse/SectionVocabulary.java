package dev.careeragent.resume.parse;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.careeragent.resume.model.SectionKind;

/** Section headings people use, in English, German, French and Spanish, and what each one holds. */
final class SectionVocabulary {

    /** A heading that opens the contact block rather than a section. */
    static final String CONTACT = "contact";

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile("^[^\\p{L}]+|[:：.\\s\\]】]+$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    /** How long in all, after a heading ("Опыт работы 3 месяца", "Work experience (5 years)"): not part of its name. */
    private static final java.util.regex.Pattern TOTAL_DURATION = java.util.regex.Pattern.compile("(?iu)(?:\\s*[(,:–—-]?\\s*\\d{1,2}"
            + "(?:[.,]\\d)?\\+?\\s*(?:years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|a[nñ]os?|anni|meses|mesi|lat|miesiecy"
            + "|miesiace|y[iı]l|ay|лет|года?|месяц(?:а|ев)?)\\b\\.?\\)?)+$");
    private static final Map<String, SectionKind> HEADINGS = new HashMap<>();
    private static final Map<String, String> CONTACT_HEADINGS = new HashMap<>();

    static {
        add(SectionKind.SUMMARY, "summary", "professional summary", "profile", "professional profile", "about",
                "about me", "objective", "career objective", "overview", "personal statement", "executive summary",
                "career summary", "summary of qualifications", "qualifications summary", "professional overview",
                "profil", "zusammenfassung", "uber mich", "kurzprofil", "berufsziel", "a propos", "a propos de moi",
                "objectif", "perfil", "perfil profesional", "resumen", "sobre mi", "objetivo",
                // Russian, Polish and Turkish (accents dropped as normalise drops them; ł and ı have none)
                "о себе", "обо мне", "цель", "профиль", "o mnie", "podsumowanie", "cel zawodowy", "hakkımda", "ozet");
        add(SectionKind.EXPERIENCE, "experience", "work experience", "professional experience", "employment",
                "employment history", "work history", "career history", "relevant experience", "professional history",
                "experience professionnelle", "experiences professionnelles", "experiences", "work", "career",
                "berufserfahrung", "berufliche erfahrung", "berufspraxis", "werdegang", "beruflicher werdegang",
                "praxiserfahrung", "parcours professionnel", "experiencia", "experiencia laboral",
                "experiencia profesional", "historial laboral", "clinical experience", "internships", "internship",
                "internship experience", "internships & work experience", "relevant employment", "current employment",
                "employment experience", "professional background", "career experience", "professional work experience",
                "work & leadership experience", "industry experience", "job history", "positions held", "appointments",
                "academic appointments", "professional appointments", "academic positions",
                "professional employment", "experience summary", "work experience & internships",
                "опыт работы", "опыт", "профессиональный опыт", "трудовая деятельность", "doswiadczenie",
                "doswiadczenie zawodowe", "is deneyimi", "deneyim", "deneyimler", "mesleki deneyim");
        add(SectionKind.EDUCATION, "education", "academic background", "academics", "education and training",
                "education & training", "educational background", "academic history", "ausbildung", "bildung",
                "bildungsweg", "studium", "schulbildung", "akademischer werdegang", "formation", "education",
                "etudes", "formation academique", "diplomes", "educacion", "formacion", "formacion academica",
                "estudios", "образование", "wykształcenie", "egitim", "egitim bilgileri", "ogrenim");
        add(SectionKind.SKILLS, "skills", "technical skills", "core competencies", "competencies", "key skills",
                "skills & abilities", "skills and abilities", "expertise", "areas of expertise", "technologies",
                "tools", "computer skills", "it skills", "skills & expertise", "skills & tools", "tech stack",
                "technical proficiencies", "skills & awards", "skills and interests", "skills & interests",
                "kenntnisse", "fahigkeiten", "kompetenzen", "it-kenntnisse", "edv-kenntnisse", "fachkenntnisse",
                "competences", "competences techniques", "habilidades", "competencias", "conocimientos", "aptitudes",
                "навыки", "ключевые навыки", "профессиональные навыки", "технические навыки", "umiejetnosci",
                "beceriler", "yetenekler", "yetkinlikler");
        add(SectionKind.PROJECTS, "projects", "project", "personal projects", "selected projects", "academic projects",
                "side projects", "key projects", "projekte", "projets", "proyectos", "проекты", "projekty", "projeler");
        add(SectionKind.CERTIFICATIONS, "certifications", "certificates", "certification", "licenses",
                "licenses & certifications", "licenses and certifications", "certifications & licenses",
                "zertifikate", "zertifizierungen", "certificats", "certificaciones", "certificados", "сертификаты",
                "certyfikaty", "sertifikalar");
        add(SectionKind.LANGUAGES, "languages", "language skills", "language", "sprachen", "sprachkenntnisse",
                "langues", "idiomas", "lenguas", "языки", "знание языков", "иностранные языки", "jezyki", "jezyki obce",
                "diller", "yabancı diller");
        add(SectionKind.OTHER, "publications", "awards", "honors", "honours", "honors & awards", "honors and awards",
                "awards & honors", "selected honors", "achievements", "accomplishments", "volunteer", "volunteering",
                "volunteer experience", "volunteer work", "leadership", "leadership experience", "activities",
                "extracurricular activities", "extracurricular", "interests", "hobbies", "references", "courses",
                "coursework", "relevant coursework", "significant coursework", "memberships", "affiliations",
                "professional affiliations", "patents", "talks", "invited talks", "presentations", "conferences",
                "research", "teaching", "campus involvement",
                "on campus involvement", "community", "additional information", "honors/awards", "organizations",
                "auszeichnungen", "interessen", "referenzen", "ehrenamt", "veroffentlichungen", "sonstiges",
                "centres d'interet", "loisirs", "distinctions", "benevolat", "publicaciones", "premios", "intereses",
                "voluntariado", "committees", "writing", "extracurricular activity", "professional development", "хобби",
                "интересы", "zainteresowania", "hobiler", "referanslar");
        for (String contact : List.of("contact", "contact information", "contact info", "contact details",
                "personal information", "personal details", "kontakt", "personliche daten", "coordonnees",
                "informations personnelles", "contacto", "datos personales", "details", "personal info", "personal data",
                "contacts", "контакты", "контактная информация", "iletisim", "dane osobowe", "kisisel bilgiler", "etat civil")) {
            CONTACT_HEADINGS.put(contact, CONTACT);
        }
    }

    private SectionVocabulary() {
    }

    private static void add(SectionKind kind, String... headings) {
        for (String heading : headings) {
            HEADINGS.putIfAbsent(heading, kind);
        }
    }

    /** The kind of section a heading opens, or empty when the text is not a known heading. */
    static Optional<SectionKind> kindOf(String heading) {
        String normalised = normalise(heading);
        Optional<SectionKind> kind = lookUp(normalised);
        // a heading whose first letters are set apart (another colour or font: "exp erience", "edu cation")
        for (int space = normalised.indexOf(' '); kind.isEmpty() && space > 0 && space <= 4;
                space = normalised.indexOf(' ', space + 1)) {
            int wordStart = normalised.lastIndexOf(' ', space - 1) + 1;
            if (space - wordStart <= 4) {
                kind = lookUp(normalised.substring(0, space) + normalised.substring(space + 1));
            }
        }
        return kind;
    }

    private static Optional<SectionKind> lookUp(String normalised) {
        SectionKind fixed = HEADINGS.get(normalised);
        return fixed != null ? Optional.of(fixed) : HeadingLexicon.kindOf(normalised).or(() -> AsianTurkishHeadings.kindOf(normalised));
    }

    static String withoutTotalDuration(String heading) {
        return TOTAL_DURATION.matcher(heading).replaceFirst("");
    }

    static boolean isContactHeading(String heading) {
        String normalised = normalise(heading);
        return CONTACT_HEADINGS.containsKey(normalised) || AsianTurkishHeadings.isContact(normalised);
    }

    /** Lower case, no accents, no numbering or trailing colon, single spaces, "and" as "&". */
    static String normalise(String heading) {
        String t = MARKS.matcher(Normalizer.normalize(heading.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
        t = SPACES.matcher(EDGES.matcher(t.replace('’', '\'')).replaceAll("")).replaceAll(" ").strip();
        t = withoutTotalDuration(t);
        return t.replace(" and ", " & ").equals(t) ? t : (HEADINGS.containsKey(t) ? t : t.replace(" and ", " & "));
    }
}
