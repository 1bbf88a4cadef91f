package dev.careeragent.resume.parse;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.careeragent.resume.model.SectionKind;

/**
 * Section headings in any wording: a heading is a few words, each a heading word (a head such as "experience",
 * "education", "skills" or a qualifier such as "professional", "recent", "teaching"), and its kind comes from its head
 * ("Professional Teaching &amp; Writing Experience", "Recent Experience", "Technical Skills Summary"). Used when a
 * heading is not one of {@link SectionVocabulary}'s fixed phrases.
 */
final class HeadingLexicon {

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
    private static final int MAX_WORDS = 6;

    /** Heads that decide a heading's kind, in English, German, French, Spanish, Italian, Portuguese and Dutch. */
    private static final Map<String, SectionKind> HEADS = new HashMap<>();
    /** Heads that give way to any other head ("Skills Summary" holds skills, "Employment History" employment). */
    private static final Map<String, SectionKind> WEAK_HEADS = new HashMap<>();
    /** A qualifier that makes an experience heading hold something other than jobs ("Volunteer Experience"). */
    private static final Set<String> NOT_JOBS = Set.of("volunteer", "volunteering", "leadership", "extracurricular",
            "community", "outreach", "service", "voluntariado", "ehrenamt", "ehrenamtliche", "ehrenamtlicher", "benevolat",
            "volontariato");
    /**
     * Words that join others: a heading never ends on one, so a sidebar sentence that wrapped after it ("Experience
     * working in" / "retail and customer service") is text, not a heading.
     */
    private static final Set<String> CONNECTORS = Set.of("and", "of", "in", "on", "the", "my", "a", "en", "e", "y", "et",
            "und", "de", "del", "di", "da", "des", "la", "le", "el");
    /** Words that qualify a head without changing its kind. */
    private static final Set<String> QUALIFIERS = Set.copyOf(java.util.Arrays.asList("professional", "relevant", "recent", "past", "previous",
            "prior", "other", "additional", "selected", "key", "related", "work", "working", "career", "employment",
            "job", "industry", "clinical", "teaching", "research", "academic", "nursing", "student", "practical",
            "international", "technical", "non", "soft", "hard", "core", "personal", "writing", "and", "of", "in",
            "the", "my", "a", "summary", "history", "record", "full", "detailed", "main", "general", "management",
            "leadership", "volunteer", "volunteering", "community", "extracurricular", "service", "field", "hands",
            "on", "computer", "software", "digital", "it", "language", "linguistic", "teaching", "consulting",
            "freelance", "military", "legal", "medical", "healthcare", "hospitality", "sales", "retail", "finance",
            "financial", "engineering", "design", "creative", "business", "further", "continuing", "formal",
            "lavorativa", "lavorative", "kerja", "professionale", "professionali", "tecniche", "trasversali", "linguistiche",
            "profissional", "profissionais", "tecnicas", "werk", "en", "e", "y", "et", "und", "de", "del", "di", "da",
            "des", "la", "le", "el", "berufliche", "beruflicher", "fachliche", "professionnelle", "professionnelles",
            "profesional", "laboral", "academica", "academique", "akademische", "weitere", "autres", "otras", "altre",
            "tatigkeiten", "tatigkeit"));

    static {
        for (String w : new String[] {"experience", "experiences", "employment", "employments", "positions", "appointments",
                "internships", "internship", "placements", "placement", "rotations", "jobs", "employers",
                "berufserfahrung", "erfahrung", "werdegang", "experiencia", "experiencias", "esperienza", "esperienze",
                "experiencia", "experiencias", "werkervaring", "ervaring", "stages", "praktika", "praktikum",
                "erfarenhet", "erfarenheter", "erfaring", "erfaringer", "tyokokemus", "kokemus", "pengalaman",
                "職歴", "職務経歴", "工作经历", "工作经验", "实习经历", "erfahrungen", "laufbahn", "berufstatigkeit"}) {
            HEADS.put(w, SectionKind.EXPERIENCE);
        }
        for (String w : new String[] {"education", "studies", "schooling", "degrees", "degree", "ausbildung", "bildung",
                "studium", "formation", "formations", "etudes", "educacion", "formacion", "estudios", "istruzione",
                "formazione", "studi", "educacao", "formacao", "opleiding", "opleidingen", "utbildning", "utbildningar",
                "uddannelse", "utdanning", "koulutus", "edukacja", "pendidikan", "学歴", "教育经历", "教育背景"}) {
            HEADS.put(w, SectionKind.EDUCATION);
        }
        for (String w : new String[] {"skills", "skill", "competencies", "competences", "competence", "expertise",
                "proficiencies", "abilities", "strengths", "technologies", "tools", "kenntnisse", "fahigkeiten",
                "kompetenzen", "habilidades", "competencias", "conocimientos", "competenze", "abilita", "conoscenze",
                "vaardigheden", "methodologies", "qualifications", "capabilities", "kompetenser", "fardigheter",
                "kompetencer", "ferdigheter", "taidot"}) {
            HEADS.put(w, SectionKind.SKILLS);
        }
        for (String w : new String[] {"projects", "projekte", "projets", "proyectos", "progetti", "projetos", "projecten"}) {
            HEADS.put(w, SectionKind.PROJECTS);
        }
        for (String w : new String[] {"certifications", "certificates", "certification", "licenses", "licences",
                "license", "licence", "credentials", "licensure", "accreditations", "zertifikate", "certificats",
                "certificaciones", "certificazioni", "certificacoes", "certificaten"}) {
            HEADS.put(w, SectionKind.CERTIFICATIONS);
        }
        for (String w : new String[] {"languages", "sprachen", "langues", "idiomas", "lingue", "talen", "lenguas", "sprak", "sprog",
                "kielet", "kielitaito"}) {
            HEADS.put(w, SectionKind.LANGUAGES);
        }
        for (String w : new String[] {"publications", "awards", "honors", "honours", "achievements", "accomplishments",
                "interests", "hobbies", "references", "referees", "memberships", "affiliations", "associations",
                "presentations", "conferences", "talks", "patents", "activities", "volunteering", "volunteerism",
                "involvement", "organizations", "organisations", "societies", "grants", "scholarships", "fellowships",
                "courses", "coursework", "seminars", "workshops", "pubblicazioni", "interessi",
                "hobby", "premi", "riconoscimenti"}) {
            HEADS.put(w, SectionKind.OTHER);
        }
        WEAK_HEADS.put("summary", SectionKind.SUMMARY);
        WEAK_HEADS.put("profile", SectionKind.SUMMARY);
        WEAK_HEADS.put("objective", SectionKind.SUMMARY);
        WEAK_HEADS.put("statement", SectionKind.SUMMARY);
        WEAK_HEADS.put("presentazione", SectionKind.SUMMARY);
        WEAK_HEADS.put("profilo", SectionKind.SUMMARY);
        WEAK_HEADS.put("history", SectionKind.EXPERIENCE);
        WEAK_HEADS.put("historico", SectionKind.EXPERIENCE);
        WEAK_HEADS.put("work", SectionKind.EXPERIENCE);
        WEAK_HEADS.put("career", SectionKind.EXPERIENCE);
        WEAK_HEADS.put("training", SectionKind.EDUCATION);
    }

    /**
     * The last element of a German or Scandinavian compound gives its kind ("Arbeitserfahrung", "Bildungsabschlüsse",
     * "Fremdsprachen", "Arbetslivserfarenhet"): longest first, so "ausbildung" is not read as "bildung" twice.
     */
    private static final String[][] COMPOUND_ENDS = {{"erfahrungen", "EXPERIENCE"}, {"erfahrung", "EXPERIENCE"},
        {"werdegang", "EXPERIENCE"}, {"erfarenheter", "EXPERIENCE"}, {"erfarenhet", "EXPERIENCE"},
        {"erfaring", "EXPERIENCE"}, {"laufbahn", "EXPERIENCE"},
        {"abschlusse", "EDUCATION"}, {"bildung", "EDUCATION"},
        {"utbildning", "EDUCATION"}, {"kenntnisse", "SKILLS"}, {"kompetenzen", "SKILLS"}, {"fahigkeiten", "SKILLS"},
        {"sprachen", "LANGUAGES"}, {"projekte", "PROJECTS"}};

    private HeadingLexicon() {
    }

    /**
     * The kind of section a heading of heading words opens ({@code normalised} as {@link SectionVocabulary#normalise}
     * gives it), or empty when a word is no heading word or there is no head.
     */
    static Optional<SectionKind> kindOf(String normalised) {
        String[] words = WORDS.split(normalised.strip());
        if (words.length == 0 || words.length > MAX_WORDS || CONNECTORS.contains(words[words.length - 1])) {
            return Optional.empty();
        }
        SectionKind strong = null;
        SectionKind weak = null;
        boolean notJobs = false;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            SectionKind head = HEADS.containsKey(word) ? HEADS.get(word) : compoundHead(word);
            head = head != null ? head : misspelledHead(word);
            if (head != null && (strong == null || strong == SectionKind.EDUCATION && head != SectionKind.EDUCATION)) {
                strong = head; // "Training & Certifications": the more specific head wins over training
            } else if (head == null && WEAK_HEADS.containsKey(word)) {
                weak = weak == null ? WEAK_HEADS.get(word) : weak;
            } else if (head == null && !QUALIFIERS.contains(word)) {
                return Optional.empty();
            }
            notJobs |= NOT_JOBS.contains(word);
        }
        SectionKind kind = strong != null ? strong : weak;
        if (kind == SectionKind.EXPERIENCE && notJobs) {
            return Optional.of(SectionKind.OTHER);
        }
        return Optional.ofNullable(kind);
    }

    private static SectionKind compoundHead(String word) {
        if (word.length() < 10) {
            return null;
        }
        for (String[] end : COMPOUND_ENDS) {
            if (word.endsWith(end[0]) && word.length() >= end[0].length() + 3) {
                return SectionKind.valueOf(end[1]);
            }
        }
        return null;
    }

    /**
     * A long head with one letter wrong, missing or extra inside it ("Experiance", "Berufserfarung", "Eductation"); its
     * first and last two letters must be right, so a longer word ("Experienced") is not read as the head.
     */
    private static SectionKind misspelledHead(String word) {
        if (word.length() < 8) {
            return null;
        }
        for (Map.Entry<String, SectionKind> head : HEADS.entrySet()) {
            String h = head.getKey();
            if (h.length() >= 8 && h.regionMatches(0, word, 0, 2) && h.endsWith(word.substring(word.length() - 2))
                    && oneEditApart(word, h)) {
                return head.getValue();
            }
        }
        return null;
    }

    private static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.length() == b.length() ? a.substring(i + 1).equals(b.substring(i + 1))
                : a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    /** A heading of qualifiers only ("Research", "Teaching", "Other"): a kind of the section it stands in. */
    static boolean qualifiersOnly(String normalised) {
        String[] words = WORDS.split(normalised.strip());
        return words.length > 0 && words.length <= 3
                && java.util.Arrays.stream(words).allMatch(w -> w.isEmpty() || QUALIFIERS.contains(w));
    }
}
