package dev.careeragent.resume;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A skill the resume shows, normalised to the taxonomy's name (category null when the skills section lists
 * something the taxonomy does not know), with every place it was found.
 */
public record ResumeSkill(String name, String category, List<SkillEvidence> evidence) {

    public ResumeSkill {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    @JsonIgnore
    public boolean inSkillsSection() {
        return evidence.stream().anyMatch(e -> e.source() == SkillEvidence.Source.SKILLS_SECTION);
    }

    /** Evidence outside the skills section: where the resume shows the skill being used. */
    @JsonIgnore
    public List<SkillEvidence> usage() {
        return evidence.stream().filter(e -> e.source() != SkillEvidence.Source.SKILLS_SECTION).toList();
    }
}
