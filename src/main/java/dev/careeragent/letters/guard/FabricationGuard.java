package dev.careeragent.letters.guard;

import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a letter (or a resume suggestion) states only what the resume or the posting backs: every
 * employer, job title, degree, skill, number and year in it is looked up; the rest is flagged for the user
 * to confirm or remove. Rule-based and fast (no model), so it also checks what a model wrote.
 */
public final class FabricationGuard {

    private static final Pattern EMPLOYER = Pattern.compile(
            "\\b(?i:at|with|for|join|joined|from)\\s+((?:[A-Z][\\w&'.-]*[\\w&])(?:\\s+(?:[A-Z][\\w&'.-]*[\\w&]|&))*)");
    private static final Pattern EMPLOYER_BY_SUFFIX = Pattern.compile(
            "\\b((?:[A-Z][\\w&'-]*\\s+){1,3}(?:Inc\\.?|Ltd\\.?|LLC|GmbH|Corp\\.?|Corporation|AG|plc|Labs|Technologies|Systems))");
    private static final Pattern TITLE = Pattern.compile("\\b((?:[A-Z][a-z]+\\s+){0,3}(?:Engineer|Developer|Manager|Director"
            + "|Architect|Analyst|Designer|Scientist|Consultant|Specialist|Administrator|Officer|Programmer|Intern|Lead))\\b");
    private static final Pattern LEADING_WORD = Pattern.compile("(?:(?:The|As|A|An|My|Our|Your|Former|Current|Dear|Hello)\\s+)+");
    private static final Set<String> NOT_CLAIMS = Set.of("hiring manager", "dear hiring manager", "the hiring manager",
            "recruiter", "i", "dear", "sincerely", "the", "your", "my", "our", "this", "thank", "best", "kind");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private final SkillExtractor skills;

    public FabricationGuard(SkillExtractor skills) {
        this.skills = skills;
    }

    public GuardReport check(String text, FactSources sources) {
        List<Claim> claims = new ArrayList<>();
        List<SkillMention> skillMentions = skills.extract(text, "letter");
        for (SkillMention m : skillMentions) {
            String found = sources.skill(m.skill().name());
            claims.add(new Claim(Claim.Kind.SKILL, m.matchedText(), m.start(), m.end(),
                    found != null ? found : sources.skill(m.matchedText())));
        }
        titles(text, sources, claims);
        employers(text, sources, claims, skillMentions);
        Matcher d = Degrees.MENTION.matcher(text);
        while (d.find()) {
            String degree = d.group(1).replaceAll("\\.$", "");
            claims.add(new Claim(Claim.Kind.DEGREE, degree, d.start(1), d.start(1) + degree.length(), sources.degree(Degrees.family(degree))));
        }
        Matcher ds = Degrees.SHORT.matcher(text);
        while (ds.find()) {
            claims.add(new Claim(Claim.Kind.DEGREE, ds.group(1), ds.start(1), ds.end(1), sources.degree(Degrees.family(ds.group(1)))));
        }
        Matcher n = Numbers.NUMBER.matcher(text);
        while (n.find()) {
            boolean year = Numbers.isYear(n.group(2), n.group(3));
            claims.add(new Claim(year ? Claim.Kind.YEAR : Claim.Kind.NUMBER, n.group().strip(), n.start(), n.start() + n.group().strip().length(),
                    sources.number(Numbers.canonical(n.group(2), n.group(3)))));
        }
        claims.sort(Comparator.comparingInt(Claim::start));
        return new GuardReport(claims, claims.stream().filter(c -> !c.supported()).toList());
    }

    private static void titles(String text, FactSources sources, List<Claim> claims) {
        Matcher t = TITLE.matcher(text);
        while (t.find()) {
            String title = t.group(1);
            int start = t.start(1);
            Matcher lead = LEADING_WORD.matcher(title);
            if (lead.lookingAt()) {
                start += lead.end();
                title = title.substring(lead.end());
            }
            if (!title.isEmpty() && !NOT_CLAIMS.contains(FactSources.normal(title))) {
                claims.add(new Claim(Claim.Kind.TITLE, title, start, start + title.length(), sources.title(title)));
            }
        }
    }

    private static void employers(String text, FactSources sources, List<Claim> claims, List<SkillMention> skillMentions) {
        List<Claim> found = new ArrayList<>();
        for (Pattern p : List.of(EMPLOYER, EMPLOYER_BY_SUFFIX)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = m.group(1).replaceAll("[.,]+$", "");
                int start = m.start(1);
                int end = start + name.length();
                boolean overlapsOther = claims.stream().anyMatch(c -> c.kind() == Claim.Kind.TITLE && c.start() < end && start < c.end())
                        || found.stream().anyMatch(c -> c.start() < end && start < c.end())
                        || skillMentions.stream().anyMatch(s -> s.start() <= start && end <= s.end());
                String key = FactSources.normal(name);
                if (!overlapsOther && !NOT_CLAIMS.contains(key) && !MONTHS.contains(key.split(" ")[0])) {
                    found.add(new Claim(Claim.Kind.EMPLOYER, name, start, end, sources.employer(name)));
                }
            }
        }
        claims.addAll(found);
    }
}
