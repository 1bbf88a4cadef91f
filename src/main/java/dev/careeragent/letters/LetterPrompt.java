package dev.careeragent.letters;

import dev.careeragent.ai.LlmPrompt;
import dev.careeragent.ai.PromptData;
import java.util.stream.Collectors;

/**
 * The model's brief for a letter: resume facts as short lines (never the whole resume to embellish), the
 * posting's requirements with the matched skills and their evidence, what is missing (not to be claimed), and
 * the posting itself as labelled data.
 */
final class LetterPrompt {

    private LetterPrompt() {
    }

    static LlmPrompt of(LetterFacts facts, LetterOptions options) {
        String system = "You write cover letters for the candidate described by the facts you are given. Use only those"
                + " facts: never invent employers, job titles, degrees, skills, numbers, years or achievements. If a"
                + " requirement is listed as missing, do not claim it. Write in " + options.language() + ", in a "
                + options.tone().name().toLowerCase(java.util.Locale.ROOT) + " tone, about " + options.length().words()
                + " words. Output only the letter from the salutation to the candidate's name, as plain text. "
                + PromptData.RULE;
        StringBuilder user = new StringBuilder("Candidate facts:\n");
        line(user, "Name", facts.candidateName());
        line(user, "Location", facts.location());
        facts.experience().forEach(e -> line(user, "Role", e));
        facts.education().forEach(e -> line(user, "Education", e));
        user.append("\nThe job: ").append(facts.role()).append(facts.company() == null ? "" : " at " + facts.company()).append('\n');
        line(user, "Hiring manager", facts.hiringManager());
        user.append("\nRequirements the resume shows (skill: the resume's words [where]):\n");
        facts.matched().forEach(r -> user.append("- ").append(r.skill()).append(r.required() ? " (required)" : " (preferred)")
                .append(": \"").append(r.evidence()).append("\" [").append(r.where()).append("]\n"));
        if (!facts.missing().isEmpty()) {
            user.append("\nRequired but not in the resume (do not claim): ")
                    .append(facts.missing().stream().collect(Collectors.joining(", "))).append('\n');
        }
        String posting = facts.posting().descriptionText() == null ? "" : facts.posting().descriptionText();
        user.append('\n').append(PromptData.block("job posting", posting));
        return new LlmPrompt(system, user.toString());
    }

    private static void line(StringBuilder sb, String label, String value) {
        if (value != null && !value.isBlank()) {
            sb.append("- ").append(label).append(": ").append(value).append('\n');
        }
    }
}
