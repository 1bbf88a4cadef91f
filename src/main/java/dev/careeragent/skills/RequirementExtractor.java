package dev.careeragent.skills;

import dev.careeragent.jobs.JobPosting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule-based reading of a job posting: which skills it requires, which it would like, and how many
 * years of experience it asks for. Works on plain text; no model needed. Thread-safe.
 */
public final class RequirementExtractor {

    /** Farthest (chars) a skill may follow "5+ years of" and still be the one the years are about. */
    private static final int YEARS_REACH = 60;
    private static final String SOFT_SKILLS = "Soft skills";
    /** A comma, semicolon or full stop between a years phrase and a skill: another clause, not the same one. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;.]");
    /** What may stand between a skill and the years phrase after it: "Python (5+ years)", "SQL: 3 years". */
    private static final Pattern LEAD_IN = Pattern.compile("\\s*[(:\\-–]\\s*");
    /** What may stand between two items of one list of skills. */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:[,/&]|\\band\\b|\\bor\\b|\\s)*\\s*");

    /** Words by which a sentence outside a requirements section still asks the candidate for an ability. */
    private static final Pattern ASKS_OF_CANDIDATE = Pattern.compile("\\b(possess(es)?|you have|you bring|you are|ability to"
            + "|able to|skills|skilled|competenc(y|ies)|knack|proven|demonstrated|proficien(t|cy)|excellent|strong)\\b");

    private static final PostingSenses SENSES = PostingSenses.loadDefault();

    private final SkillExtractor skills;

    public RequirementExtractor(SkillExtractor skills) {
        this.skills = skills;
    }

    /** Requirements from a posting's title and plain-text description. */
    public JobRequirements extract(JobPosting posting) {
        String title = posting.title() == null ? "" : posting.title() + "\n";
        return extract(title + (posting.descriptionText() == null ? "" : posting.descriptionText()));
    }

    /** Requirements from a posting's plain text (HTML must be turned into text first). */
    public JobRequirements extract(String postingText) {
        String text = postingText == null ? "" : postingText;
        List<PostingSegmenter.Segment> segments = PostingSegmenter.segments(text);
        List<SkillMention> mentions = SENSES.inSense(text, skills.extract(text, "Job posting"));
        Set<String> far = SENSES.farCategories(mentions);

        Map<Skill, Found> found = new LinkedHashMap<>();
        int order = 0;
        int overallGeneral = 0;
        int overallAny = 0;
        int next = 0;
        for (PostingSegmenter.Segment seg : segments) {
            List<SkillMention> inSegment = new ArrayList<>();
            while (next < mentions.size() && mentions.get(next).start() < seg.end()) {
                if (mentions.get(next).start() >= seg.start()) {
                    inSegment.add(mentions.get(next));
                }
                next++;
            }
            if (seg.level() == RequirementLevel.IGNORED) {
                continue;
            }
            List<YearsOfExperience.Phrase> years = YearsOfExperience.find(text, seg.start(), seg.end());
            Map<Skill, Integer> yearsBySkill = yearsBySkill(text, years, inSegment);
            if (seg.level() != RequirementLevel.PREFERRED) {
                for (YearsOfExperience.Phrase p : years) {
                    overallAny = Math.max(overallAny, p.min());
                    if (p.general()) {
                        overallGeneral = Math.max(overallGeneral, p.min());
                    }
                }
            }
            String evidence = evidence(text, seg);
            boolean describesWork = seg.level() == RequirementLevel.DESCRIBES
                    && !ASKS_OF_CANDIDATE.matcher(lower(text, seg)).find();
            for (SkillMention m : inSegment) {
                if (describesWork && SOFT_SKILLS.equals(m.skill().category())) {
                    continue; // "collaborate with", "lead the team" describe the work; "possess strong ... skills" asks
                }
                if (far.contains(m.skill().category()) && seg.level() == RequirementLevel.DESCRIBES) {
                    continue; // a far field's skill in a software job's blurb ("the woodworking industry")
                }
                Found f = found.computeIfAbsent(m.skill(), k -> new Found());
                if (f.level == null || rank(seg.level()) > rank(f.level)) {
                    f.level = seg.level();
                    f.evidence = evidence;
                    f.order = order++;
                }
                f.years = Math.max(f.years, yearsBySkill.getOrDefault(m.skill(), 0));
            }
        }
        int overall = overallGeneral > 0 ? overallGeneral : overallAny;
        return new JobRequirements(toList(found, false), toList(found, true), overall > 0 ? OptionalInt.of(overall) : OptionalInt.empty());
    }

    /**
     * What a sentence says of a skill, strongest first: a requirement; the work a posting describes, which needs its
     * skills; a wish ("a plus", "Nice to have"). The strongest statement wins: a skill only wished for is preferred.
     */
    private static int rank(RequirementLevel level) {
        return switch (level) {
            case REQUIRED -> 3;
            case PREFERRED -> 1;
            default -> 2;
        };
    }

    /**
     * Years attach to the skills right after the phrase ("5+ years of Java"), and to the rest of a list that starts
     * there ("3+ years with Python, SQL and Airflow"), or to the skill right before it ("Java (5+ years)").
     */
    private static Map<Skill, Integer> yearsBySkill(String text, List<YearsOfExperience.Phrase> years, List<SkillMention> mentions) {
        Map<Skill, Integer> out = new LinkedHashMap<>();
        for (YearsOfExperience.Phrase p : years) {
            boolean attached = false;
            SkillMention last = null;
            for (SkillMention m : mentions) {
                if (m.start() < p.end()) {
                    continue;
                }
                boolean first = last == null && m.start() - p.end() <= YEARS_REACH
                        && !CLAUSE_BREAK.matcher(text).region(p.end(), m.start()).find();
                boolean nextInList = last != null && LIST_GAP.matcher(text.substring(last.end(), m.start())).matches();
                if (!first && !nextInList) {
                    if (last != null) {
                        break;
                    }
                    continue;
                }
                out.merge(m.skill(), p.min(), Math::max);
                attached = true;
                last = m;
            }
            if (!attached) {
                mentions.stream()
                        .filter(m -> m.end() <= p.start() && LEAD_IN.matcher(text).region(m.end(), p.start()).matches())
                        .reduce((a, b) -> b)
                        .ifPresent(m -> out.merge(m.skill(), p.min(), Math::max));
            }
        }
        return out;
    }

    private static String lower(String text, PostingSegmenter.Segment seg) {
        return text.substring(seg.start(), seg.end()).toLowerCase(Locale.ROOT);
    }

    private static String evidence(String text, PostingSegmenter.Segment seg) {
        String s = text.substring(seg.start(), seg.end()).replaceAll("\\s+", " ").strip();
        return s.length() <= 240 ? s : s.substring(0, 237) + "...";
    }

    private static List<SkillRequirement> toList(Map<Skill, Found> found, boolean preferred) {
        List<Map.Entry<Skill, Found>> entries = new ArrayList<>(found.entrySet());
        // what the requirements ask for first, then what the described work needs, each in text order
        entries.sort(Comparator.comparingInt((Map.Entry<Skill, Found> e) -> -rank(e.getValue().level))
                .thenComparingInt(e -> e.getValue().order));
        List<SkillRequirement> out = new ArrayList<>();
        for (Map.Entry<Skill, Found> e : entries) {
            Found f = e.getValue();
            if ((f.level == RequirementLevel.PREFERRED) == preferred) {
                out.add(new SkillRequirement(e.getKey(), f.years > 0 ? OptionalInt.of(f.years) : OptionalInt.empty(), f.evidence));
            }
        }
        return out;
    }

    private static final class Found {
        private RequirementLevel level;
        private String evidence;
        private int order;
        private int years;
    }
}
