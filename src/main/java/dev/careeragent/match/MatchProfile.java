package dev.careeragent.match;

import java.util.List;

/**
 * The candidate side of matching, built from a parsed resume by {@link ResumeProfiles} (plus the user's
 * target roles): section texts to embed, skills with their evidence, job titles (most recent first),
 * total years of experience and the roles the user wants.
 */
public record MatchProfile(String label, List<Section> sections, List<SkillEvidence> skills, List<String> titles,
                           double yearsOfExperience, List<String> targetRoles) {

    public MatchProfile {
        sections = List.copyOf(sections);
        skills = List.copyOf(skills);
        titles = List.copyOf(titles);
        targetRoles = List.copyOf(targetRoles);
    }

    /** A resume section as one text ("Summary", "Experience: Engineer at Acme", "Skills"). */
    public record Section(String name, String text) {
    }

    /**
     * A skill the resume shows: canonical name, where ("Skills", "Experience: Engineer at Acme"), the words as
     * written, and the years of the jobs that mention it (0 when only listed).
     */
    public record SkillEvidence(String skill, String where, String evidence, double years) {
    }

    /** Changes whenever anything matching reads changes. */
    public String hash() {
        return ContentHash.ofParts(sections, skills, titles, yearsOfExperience, targetRoles);
    }

    public MatchProfile withTargetRoles(List<String> roles) {
        return new MatchProfile(label, sections, skills, titles, yearsOfExperience, roles);
    }
}
