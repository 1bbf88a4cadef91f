package dev.careeragent.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sense checks for skill names found in a job posting. A name is not a skill asked for where the words around
 * it give it another sense: it names an employer or an industry ("Acme Consulting LLC", "the woodworking
 * industry", "Capital Markets's opening"), a team or a role ("the HR team", "work with data
 * scientists", "our Master Teacher Program"), or a
 * preceding or following word changes what it means ("performance budgets", "reporting to",
 * {@code skills/senses.tsv}). And in a posting of one field, a skill of a far field ({@code skills/fields.tsv}:
 * carpentry in a software job) counts only where the posting asks for it.
 */
final class PostingSenses {

    private static final Set<String> ORGANISATION_AFTER = Set.of("industry", "industries", "sector", "sectors", "firm",
            "firms", "company", "companies", "agency", "agencies", "group", "groups", "ecosystem", "llc", "inc", "ltd",
            "corp", "corporation", "gmbh", "plc", "pte", "limited", "holdings", "associates", "s");
    private static final Set<String> UNIT_AFTER = Set.of("team", "teams", "department", "departments", "division",
            "divisions", "branch", "branches", "unit", "units", "org", "organization", "organisation", "function", "functions", "leadership", "colleagues",
            "counterparts", "stakeholders", "leaders", "professionals");
    private static final Pattern ROLE_SURFACE = Pattern.compile("(?i).*\\b(?:engineer|scientist|designer|developer|"
            + "manager|analyst|consultant|specialist|architect|administrator|recruiter|agent|representative|technician|"
            + "coordinator|officer|teacher|educator|trainer|instructor|tutor|librarian|interpreter)s?$");
    /** "as a data scientist", "as the team leader": the role the candidate takes, within one sentence. */
    private static final Pattern AS_A = Pattern.compile("(?i)\\bas (?:an?|the)\\s+(?:[^\\s.;:!?]+\\s+){0,2}$");
    private static final String LANGUAGES = "Languages";
    private static final double FIELD_SHARE = 0.6;
    private static final int FIELD_MIN_SKILLS = 4;

    private record Field(String name, Set<String> own, Set<String> far) {
    }

    private final Map<String, Set<String>> senseWords;
    private final Map<String, Set<String>> followingWords;
    private final List<Field> fields;
    private final Set<String> qualities;

    private PostingSenses(Map<String, Set<String>> senseWords, Map<String, Set<String>> followingWords, List<Field> fields,
            Set<String> qualities) {
        this.senseWords = senseWords;
        this.followingWords = followingWords;
        this.fields = fields;
        this.qualities = qualities;
    }

    static PostingSenses loadDefault() {
        Map<String, Set<String>> senses = new HashMap<>();
        Map<String, Set<String>> following = new HashMap<>();
        for (String[] row : rows("/skills/senses.tsv")) {
            senses.put(row[0], Set.of(row[1].split("\\|")));
            if (row.length > 2) {
                following.put(row[0], Set.of(row[2].split("\\|")));
            }
        }
        List<Field> fields = new ArrayList<>();
        for (String[] row : rows("/skills/fields.tsv")) {
            fields.add(new Field(row[0], Set.of(row[1].split("\\|")), Set.of(row[2].split("\\|"))));
        }
        Set<String> qualities = new HashSet<>();
        rows("/skills/qualities.tsv").forEach(row -> qualities.add(row[0].strip()));
        return new PostingSenses(senses, following, List.copyOf(fields), Set.copyOf(qualities));
    }

    /** True for a personal quality ("Self-Motivation", {@code skills/qualities.tsv}): a trait, not a skill asked for. */
    boolean personalQuality(Skill skill) {
        return qualities.contains(skill.name());
    }

    /** True when the words around the mention give its name another sense than the skill. */
    boolean otherSense(String text, SkillMention m) {
        String after = nextWord(text, m.end());
        String head = after.isEmpty() ? NameContext.listHead(text, m.end()) : "";
        if (ORGANISATION_AFTER.contains(after) || UNIT_AFTER.contains(after)
                || ORGANISATION_AFTER.contains(head) || UNIT_AFTER.contains(head)) {
            return true;
        }
        if (NameContext.partnerDepartment(text, m) || LANGUAGES.equals(m.skill().category())
                && NameContext.languageAsAdjective(text, m, after) || NameContext.marketListed(text, m.start())
                || NameContext.figurativeTranslation(text, m)) {
            return true;
        }
        if (ROLE_SURFACE.matcher(m.matchedText()).matches()
                && !AS_A.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
            return true;
        }
        Set<String> words = senseWords.get(m.skill().name());
        Set<String> next = followingWords.get(m.skill().name());
        return words != null && words.contains(previousWord(text, m.start())) || next != null && next.contains(after);
    }

    /** The mentions whose words give them another sense, dropped (see {@link #otherSense}). */
    List<SkillMention> inSense(String text, List<SkillMention> mentions) {
        List<SkillMention> out = new ArrayList<>();
        SkillMention previous = null;
        for (SkillMention m : mentions) {
            if (!personalQuality(m.skill()) && !otherSense(text, m) && !NameContext.insideProductName(text, m, previous)) {
                out.add(m);
            }
            previous = m;
        }
        return out;
    }

    /** The skill categories far from the field most of these skills belong to (none when no field dominates). */
    Set<String> farCategories(List<SkillMention> mentions) {
        for (Field f : fields) {
            long own = mentions.stream().map(m -> m.skill().category()).filter(f.own::contains).count();
            long all = mentions.stream().map(m -> m.skill().category())
                    .filter(c -> f.own.contains(c) || f.far.contains(c)).count();
            if (own >= FIELD_MIN_SKILLS && own >= FIELD_SHARE * all) {
                return f.far;
            }
        }
        return Set.of();
    }

    private static boolean possessive(String text, int end) {
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == 'S');
    }

    /** The word after a mention; "s" for a possessive ("Capital Markets's"). */
    private static String nextWord(String text, int end) {
        return possessive(text, end) ? "s" : SkillContext.nextWord(text, end);
    }

    private static String previousWord(String text, int start) {
        int i = start;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '-')) {
            i--;
        }
        return SkillContext.previousWord(text, i);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = PostingSenses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
