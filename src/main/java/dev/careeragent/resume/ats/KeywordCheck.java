package dev.careeragent.resume.ats;

import dev.careeragent.resume.ResumeSkill;
import dev.careeragent.resume.SkillEvidence;
import dev.careeragent.skills.Skill;
import dev.careeragent.skills.SkillRequirement;
import dev.careeragent.skills.SkillTaxonomy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which of the posting's required or preferred skills the resume names (aliases count: "JS" is JavaScript).
 * A related skill earns half credit. Suggestions only for skills the resume shows outside its skills section.
 */
final class KeywordCheck {

    private final SkillTaxonomy taxonomy;

    KeywordCheck(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    CheckResult check(AtsCategory category, List<SkillRequirement> wanted, List<ResumeSkill> skills, boolean hasSkillsSection) {
        String kind = category == AtsCategory.REQUIRED_SKILLS ? "required" : "preferred";
        CheckResult result = new CheckResult(category, 0);
        if (wanted.isEmpty()) {
            result.add(category.maxPoints());
            return result.ok("The posting names no " + kind + " skills that Career Agent knows, so there is nothing to"
                    + " match here.");
        }
        Map<String, ResumeSkill> byName = skills.stream().collect(Collectors.toMap(s -> key(s.name()), Function.identity(),
                (a, b) -> a));
        double each = (double) category.maxPoints() / wanted.size();
        for (SkillRequirement requirement : wanted) {
            Skill skill = requirement.skill();
            ResumeSkill found = byName.get(key(skill.name()));
            if (found != null) {
                result.add(each);
                result.ok("Found " + kind + " skill " + skill.name() + " (" + found.evidence().get(0).where() + ").");
                suggest(result, skill, found, hasSkillsSection);
                continue;
            }
            Optional<ResumeSkill> related = taxonomy.related(skill).stream().map(r -> byName.get(key(r.name())))
                    .filter(r -> r != null).findFirst();
            if (related.isPresent()) {
                result.add(each / 2);
                result.warning("Missing " + kind + " skill " + skill.name() + "; the resume names the related "
                        + related.get().name() + ". If you have used " + skill.name() + " itself, name it.");
            } else {
                result.problem("Missing " + kind + " skill " + skill.name() + ".");
            }
        }
        return result;
    }

    /** A skill shown in experience or projects but absent from the skills section belongs in the skills section too. */
    private static void suggest(CheckResult result, Skill skill, ResumeSkill found, boolean hasSkillsSection) {
        if (found.inSkillsSection() || found.usage().isEmpty()) {
            return;
        }
        SkillEvidence shown = found.usage().get(0);
        String target = hasSkillsSection ? "your Skills section" : "a new Skills section";
        result.suggest(new AtsSuggestion(skill.name(), shown.where(), "Add " + skill.name() + " to " + target
                + ": the posting asks for it and your resume shows it in " + shown.where() + " (\u201c" + shown.text()
                + "\u201d), but many ATS look for it in the skills list."));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
