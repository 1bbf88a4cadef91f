package dev.careeragent.tailor;

import dev.careeragent.resume.model.Resume;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tailoring by rules, with no model: a bullet that opens with a weak phrase ("Responsible for", "Worked on") starts
 * with a verb instead, and a skill the bullet already names in other words is written the way the job writes it
 * ("Postgres" -> "PostgreSQL"). Neither adds a fact the bullet does not state.
 */
final class RuleSuggester {

    private static final Map<String, String> WEAK = new LinkedHashMap<>();
    private static final Map<String, String> IRREGULAR = Map.ofEntries(Map.entry("building", "Built"), Map.entry("running", "Ran"),
            Map.entry("leading", "Led"), Map.entry("writing", "Wrote"), Map.entry("making", "Made"), Map.entry("setting", "Set"),
            Map.entry("teaching", "Taught"), Map.entry("bringing", "Brought"), Map.entry("driving", "Drove"),
            Map.entry("overseeing", "Oversaw"), Map.entry("keeping", "Kept"), Map.entry("selling", "Sold"));

    static {
        WEAK.put("responsible for", "Owned");
        WEAK.put("in charge of", "Led");
        WEAK.put("worked on", "Built");
        WEAK.put("helped with", "Contributed to");
        WEAK.put("assisted with", "Supported");
        WEAK.put("participated in", "Contributed to");
        WEAK.put("involved in", "Contributed to");
        WEAK.put("tasked with", "Delivered");
    }

    private static final Pattern OPENING = Pattern.compile("^(?i)(?:i\\s+was\\s+|was\\s+)?(" + String.join("|", WEAK.keySet())
            + ")\\s+(\\S+)(.*)$", Pattern.DOTALL);

    private final SkillExtractor skills;

    RuleSuggester(SkillExtractor skills) {
        this.skills = skills;
    }

    List<Suggestion> suggest(Resume resume, String jobText) {
        List<SkillMention> wanted = skills.extract(jobText, "job");
        List<Suggestion> out = new ArrayList<>();
        for (ResumeBullets.Bullet b : ResumeBullets.of(resume)) {
            String after = b.text();
            List<String> why = new ArrayList<>();
            Suggestion.Kind kind = null;
            Matcher m = OPENING.matcher(after);
            if (m.matches()) {
                String phrase = m.group(1);
                String next = m.group(2);
                String past = next.toLowerCase(Locale.ROOT).endsWith("ing") ? past(next) : null;
                after = past != null ? past + m.group(3) : WEAK.get(phrase.toLowerCase(Locale.ROOT)) + " " + next + m.group(3);
                why.add("\u201c" + phrase + "\u201d says you were near the work; a verb says what you did. Accept it only if"
                        + " it is true.");
                kind = Suggestion.Kind.STRONGER_VERB;
            }
            for (SkillMention own : skills.extract(after, "bullet")) {
                String jobWord = wanted.stream().filter(w -> w.skill().equals(own.skill())).map(SkillMention::matchedText)
                        .filter(w -> !w.equalsIgnoreCase(own.matchedText())).findFirst().orElse(null);
                if (jobWord != null && !after.contains(jobWord)) {
                    after = after.substring(0, own.start()) + jobWord + after.substring(own.end());
                    why.add("The job writes \u201c" + jobWord + "\u201d; an ATS may not know \u201c" + own.matchedText()
                            + "\u201d is the same.");
                    kind = kind == null ? Suggestion.Kind.JOB_WORDING : kind;
                    break; // offsets after the replacement changed; one wording change per bullet and pass
                }
            }
            if (kind != null && !after.equals(b.text())) {
                out.add(new Suggestion(b.ref(), b.where(), b.text(), after, kind, String.join(" ", why)));
            }
        }
        return out;
    }

    /** "maintaining" -> "Maintained", "building" -> "Built"; regular verbs take -ed on the -ing stem. */
    static String past(String gerund) {
        String word = gerund.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(word);
        String past = irregular != null ? irregular : word.substring(0, word.length() - 3) + "ed";
        return Character.toUpperCase(past.charAt(0)) + past.substring(1);
    }
}
