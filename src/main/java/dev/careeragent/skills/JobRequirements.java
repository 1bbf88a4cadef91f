package dev.careeragent.skills;

import java.util.List;
import java.util.OptionalInt;

/**
 * What a job posting asks for: required and preferred skills (each at most once, in order of first
 * mention) and the overall years of experience, when the posting says.
 */
public record JobRequirements(List<SkillRequirement> required, List<SkillRequirement> preferred, OptionalInt minYearsOverall) {

    public JobRequirements {
        required = List.copyOf(required);
        preferred = List.copyOf(preferred);
    }

    public List<Skill> requiredSkills() {
        return required.stream().map(SkillRequirement::skill).toList();
    }

    public List<Skill> preferredSkills() {
        return preferred.stream().map(SkillRequirement::skill).toList();
    }
}
