package dev.careeragent.match;

import dev.careeragent.skills.Skill;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a {@link MatchProfile} into {@link ResumeFeatures}: skill arrays, level, and embedded sections and roles. */
public final class ResumeAnalyzer {

    /** Longest section text embedded, in words; the model reads about 256 word pieces anyway. */
    private static final int SECTION_WORDS = 150;
    private static final int MAX_SECTIONS = 14;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern CREDENTIALS = Pattern.compile("(?i)certific|licen[cs]");
    /**
     * "Certified Medical Assistant", "Registered Nurse", "Certified Public Accountant": a credential named after an
     * occupation (it ends in the person who does the work); "Certified Sales Cloud Consultant" names a product.
     */
    private static final Pattern CREDENTIAL = Pattern.compile("(?i)\\b(?:certified|registered|licen[cs]ed)\\s+"
            + "([^,;:()\\n]{0,50}?\\b(?:assistant|aide|technician|technologist|nurse|practitioner|therapist|hygienist"
            + "|paramedic|accountant|bookkeeper|coder|electrician|plumber|teacher|driver|cook|chef))\\b");

    private final SkillIndex skills;
    private final EmbeddingCache embeddings;

    public ResumeAnalyzer(SkillIndex skills, EmbeddingCache embeddings) {
        this.skills = skills;
        this.embeddings = embeddings;
    }

    public ResumeFeatures analyze(MatchProfile profile) {
        int n = skills.size();
        byte[] has = new byte[n];
        int[] via = new int[n];
        double[] years = new double[n];
        Arrays.fill(via, -1);
        Arrays.fill(years, -1);
        for (MatchProfile.SkillEvidence e : profile.skills()) {
            int id = skills.id(e.skill());
            if (id >= 0) {
                has[id] = ResumeFeatures.OWN;
                years[id] = e.years() > 0 ? e.years() : -1;
            }
        }
        for (int id = 0; id < n; id++) {
            if (has[id] != ResumeFeatures.OWN) {
                continue;
            }
            for (Skill r : skills.related(id)) {
                int rid = skills.id(r.name());
                if (rid >= 0 && has[rid] == 0) {
                    has[rid] = ResumeFeatures.RELATED;
                    via[rid] = id;
                }
            }
        }
        List<String> roles = roles(profile);
        List<String> sectionTexts = profile.sections().stream().limit(MAX_SECTIONS)
                .map(s -> firstWords(s.text(), SECTION_WORDS)).filter(t -> !t.isBlank()).toList();
        List<String> all = new ArrayList<>(sectionTexts);
        all.addAll(roles);
        List<QuantizedVector> vectors = embeddings.vectors(all);
        float[][] sectionVectors = new float[sectionTexts.size()][];
        float[][] roleVectors = new float[roles.size()][];
        for (int i = 0; i < vectors.size(); i++) {
            float[] v = vectors.get(i).toFloats();
            if (i < sectionTexts.size()) {
                sectionVectors[i] = v;
            } else {
                roleVectors[i - sectionTexts.size()] = v;
            }
        }
        Set<Occupation> fields = occupations(roles);
        fields.addAll(credentialFields(profile));
        String text = String.join("\n", profile.titles()) + "\n"
                + String.join("\n", profile.sections().stream().map(MatchProfile.Section::text).toList());
        return new ResumeFeatures(profile.hash(), has, via, years, profile.yearsOfExperience(), level(profile), roles,
                roles.stream().map(TitleWords::of).toList(), sectionVectors, roleVectors, fields, Licences.namedIn(text),
                roles.stream().map(TitleWords::role).filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** The roles wanted: the user's targets, else the headline and the two most recent job titles. */
    static List<String> roles(MatchProfile profile) {
        Set<String> roles = new LinkedHashSet<>();
        profile.targetRoles().stream().filter(r -> r != null && !r.isBlank()).forEach(r -> roles.add(r.strip()));
        if (roles.isEmpty()) {
            profile.titles().stream().filter(ResumeAnalyzer::looksLikeTitle).limit(3).forEach(roles::add);
        }
        return List.copyOf(roles);
    }

    /** A job title, not a sentence or a date the resume parser took for one ("80 leads report to ...", "May 2017"). */
    static boolean looksLikeTitle(String title) {
        String t = title.strip();
        return t.split("\\s+").length <= 10 && !t.endsWith(".") && !YEAR.matcher(t).find();
    }

    /** The fields the roles wanted name (the target roles, else the headline and latest titles). */
    static Set<Occupation> occupations(List<String> roles) {
        Set<Occupation> fields = java.util.EnumSet.noneOf(Occupation.class);
        roles.forEach(r -> fields.addAll(Occupation.of(r)));
        return fields;
    }

    /**
     * The fields the resume's credentials name: a certified medical assistant is one whatever jobs the parser placed
     * ("California State Certified Medical Assistant" -> healthcare, "Certified Public Accountant" -> finance).
     */
    static Set<Occupation> credentialFields(MatchProfile profile) {
        Set<Occupation> fields = java.util.EnumSet.noneOf(Occupation.class);
        for (MatchProfile.Section s : profile.sections()) {
            if (CREDENTIALS.matcher(s.name()).find()) {
                java.util.regex.Matcher m = CREDENTIAL.matcher(s.text());
                while (m.find()) {
                    fields.addAll(Occupation.of(m.group(1)));
                }
            }
        }
        return fields;
    }

    /** Between the level of the latest title and the level the years suggest (rounded up). */
    static Seniority level(MatchProfile profile) {
        Seniority byYears = Seniority.fromYears(profile.yearsOfExperience());
        Seniority byTitle = profile.titles().stream().map(Seniority::fromText).flatMap(java.util.Optional::stream)
                .filter(s -> s != Seniority.INTERN).findFirst().orElse(byYears);
        return Seniority.values()[(byTitle.ordinal() + byYears.ordinal() + 1) / 2];
    }

    private static String firstWords(String text, int max) {
        String[] words = text.strip().split("\\s+");
        return words.length <= max ? text.strip() : String.join(" ", Arrays.copyOf(words, max));
    }
}
