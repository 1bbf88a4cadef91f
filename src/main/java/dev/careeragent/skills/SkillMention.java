package dev.careeragent.skills;

/**
 * One place a skill shows in a text: the skill, the words as written there, where ({@code where} is a
 * label such as "Skills section" or "Experience: Acme, bullet 2") and the char offsets [start, end)
 * in the text given to the extractor.
 */
public record SkillMention(Skill skill, String matchedText, String where, int start, int end) {
}
