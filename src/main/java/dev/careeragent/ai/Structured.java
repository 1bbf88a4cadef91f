package dev.careeragent.ai;

/**
 * A structured answer and where it came from: the model's first answer, its second after being told what was
 * wrong, or the rule-based fallback (then {@code note} says why, for the user).
 */
public record Structured<T>(T value, Source source, String note, LlmReply reply) {

    /** Which path produced the value. */
    public enum Source { MODEL, MODEL_AFTER_RETRY, RULES }

    public boolean fromRules() {
        return source == Source.RULES;
    }
}
