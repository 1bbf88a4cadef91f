package dev.careeragent.skills;

/** One name under which a skill may appear in text, with the rule that decides a real mention. */
record SkillTerm(String surface, String key, Skill skill, MatchRule rule) {

    boolean caseSensitive() {
        return rule != MatchRule.ANY_CASE;
    }
}
