package dev.careeragent.ai;

import java.util.Objects;

/** A system instruction and a user message; callers put job text inside {@link PromptData} blocks. */
public record LlmPrompt(String system, String user) {

    public LlmPrompt {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
    }

    /** The same prompt with a note appended to the user message (e.g. the validation error of a first answer). */
    public LlmPrompt followedBy(String note) {
        return new LlmPrompt(system, user + "\n\n" + note);
    }
}
