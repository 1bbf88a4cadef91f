package dev.careeragent.skills;

import java.util.OptionalInt;

/** One skill a posting asks for, the minimum years it names for it if any, and the sentence that says so. */
public record SkillRequirement(Skill skill, OptionalInt minYears, String evidence) {
}
