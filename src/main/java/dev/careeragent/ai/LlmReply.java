package dev.careeragent.ai;

import java.time.Duration;

/**
 * An answer with what it cost: tokens in and out (null when the server did not say), the estimated price in
 * US dollars for OpenAI (null otherwise or for an unknown model) and the time the call took.
 */
public record LlmReply(String text, String model, Integer inputTokens, Integer outputTokens, Double estimatedCostUsd,
                       Duration elapsed) {

    /** "512 + 128 tokens, ~$0.0002, 1.4 s" for the status line under the editor. */
    public String usageLine() {
        StringBuilder sb = new StringBuilder();
        if (inputTokens != null || outputTokens != null) {
            sb.append(inputTokens == null ? "?" : inputTokens).append(" + ")
                    .append(outputTokens == null ? "?" : outputTokens).append(" tokens");
        } else {
            sb.append("token counts not reported");
        }
        if (estimatedCostUsd != null) {
            sb.append(String.format(java.util.Locale.ROOT, ", ~$%.4f", estimatedCostUsd));
        }
        sb.append(String.format(java.util.Locale.ROOT, ", %.1f s", elapsed.toMillis() / 1000.0));
        return sb.toString();
    }
}
