package dev.careeragent.letters;

import dev.careeragent.ai.LlmReply;
import dev.careeragent.letters.guard.GuardReport;

/**
 * A written letter: its text, who wrote it (template or model), a note for the user when the model was not
 * used or failed, the model's usage line, and the guard's findings.
 */
public record LetterDraft(String text, Source source, String note, LlmReply reply, GuardReport guard, LetterFacts facts) {

    /** Who wrote the text. */
    public enum Source { TEMPLATE, MODEL }
}
