package dev.careeragent.letters;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.match.MatchExplanation;
import dev.careeragent.resume.ResumeSkill;
import dev.careeragent.resume.SkillEvidence;
import dev.careeragent.resume.model.EducationEntry;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.skills.JobRequirements;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers {@link LetterFacts}: the posting's requirements (the skills service's extractor), matched against the
 * resume's skills and their evidence (found at import), ranked required first, then shown in experience or
 * projects over a skills-list entry only, then by what the match explanation counted.
 */
public final class LetterFactsBuilder {

    private final RequirementExtractor requirements;

    public LetterFactsBuilder(RequirementExtractor requirements) {
        this.requirements = requirements;
    }

    public LetterFacts build(Resume resume, List<ResumeSkill> skills, JobPosting posting, MatchExplanation explanation) {
        JobRequirements wanted = requirements.extract(posting);
        Map<String, ResumeSkill> byName = skills.stream().collect(Collectors.toMap(s -> key(s.name()), Function.identity(), (a, b) -> a));
        Set<String> counted = explanation == null ? Set.of()
                : explanation.matchedSkills().stream().map(LetterFactsBuilder::key).collect(Collectors.toSet());
        List<MatchedRequirement> matched = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        addAll(wanted.required(), true, byName, counted, matched, missing, seen);
        addAll(wanted.preferred(), false, byName, counted, matched, missing, seen);
        matched.sort(Comparator.comparingDouble(MatchedRequirement::strength).reversed());
        var contact = resume.contact();
        return new LetterFacts(contact.name(), contact.email(), contact.phone(), contact.location(),
                posting.title() == null ? "the advertised role" : posting.title(),
                posting.company() == null || posting.company().isBlank() ? null : posting.company(),
                HiringManager.find(posting.descriptionText()).orElse(null), matched, List.copyOf(missing),
                resume.experience().stream().map(LetterFactsBuilder::line).toList(),
                resume.education().stream().map(LetterFactsBuilder::line).toList(), resume, skills, posting);
    }

    private static void addAll(List<SkillRequirement> wanted, boolean required, Map<String, ResumeSkill> byName,
                               Set<String> counted, List<MatchedRequirement> matched, Set<String> missing, Set<String> seen) {
        for (SkillRequirement r : wanted) {
            String name = r.skill().name();
            if (!seen.add(key(name))) {
                continue;
            }
            ResumeSkill found = byName.get(key(name));
            if (found == null || found.evidence().isEmpty()) {
                if (required) {
                    missing.add(name);
                }
                continue;
            }
            List<SkillEvidence> usage = found.usage();
            List<MatchedRequirement.Evidence> lines = (usage.isEmpty() ? found.evidence() : usage).stream()
                    .map(e -> new MatchedRequirement.Evidence(e.where(), e.text())).toList();
            double strength = (required ? 2 : 1) + (usage.isEmpty() ? 0 : 1) + Math.min(3, usage.size()) * 0.1
                    + (counted.contains(key(name)) ? 0.5 : 0);
            matched.add(new MatchedRequirement(name, required, lines, strength));
        }
    }

    private static String line(ExperienceEntry e) {
        String years = e.start() == null ? "" : " (" + e.start().year() + "\u2013" + (e.current() ? "present"
                : e.end() == null ? "" : String.valueOf(e.end().year())) + ")";
        return join(e.title(), e.company(), " at ") + years;
    }

    private static String line(EducationEntry e) {
        String degree = e.degree() != null && e.field() != null ? e.degree() + " in " + e.field()
                : e.degree() != null ? e.degree() : e.field();
        return join(degree, e.school(), ", ") + (e.end() == null ? "" : " (" + e.end().year() + ")");
    }

    private static String join(String a, String b, String sep) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + sep + b;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
