package dev.careeragent.skills;

/** One name under which a skill may appear in text, with the rule that decides a real mention. */
record SkillTerm(String surface, String key, Skill skill, MatchRule rule, String exactForm) {

    SkillTerm(String surface, Skill skill, MatchRule rule) {
        this(surface, NormalizedText.key(surface), skill, rule, NormalizedText.of(surface.strip(), false).toString());
    }

    boolean caseSensitive() {
        return rule != MatchRule.ANY_CASE;
    }
}
