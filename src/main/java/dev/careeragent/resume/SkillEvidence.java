package dev.careeragent.resume;

/**
 * One place a resume shows a skill: the kind of place, a readable label ("Experience: Developer at Acme,
 * bullet 2") and the words there (cut to a sentence-sized snippet).
 */
public record SkillEvidence(Source source, String where, String text) {

    /** The part of the resume the evidence comes from. */
    public enum Source { SKILLS_SECTION, EXPERIENCE, PROJECTS, SUMMARY, OTHER }
}
