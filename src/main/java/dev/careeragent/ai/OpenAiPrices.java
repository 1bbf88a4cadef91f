package dev.careeragent.ai;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * List prices of common OpenAI chat models in US dollars per million tokens (input, output), to estimate the
 * cost of each request. A dated model name ("gpt-4o-mini-2024-07-18") is priced as its family.
 */
final class OpenAiPrices {

    private record Price(double input, double output) {
    }

    private static final Map<String, Price> PER_MILLION = Map.ofEntries(
            Map.entry("gpt-4o-mini", new Price(0.15, 0.60)),
            Map.entry("gpt-4o", new Price(2.50, 10.00)),
            Map.entry("gpt-4.1-nano", new Price(0.10, 0.40)),
            Map.entry("gpt-4.1-mini", new Price(0.40, 1.60)),
            Map.entry("gpt-4.1", new Price(2.00, 8.00)),
            Map.entry("o4-mini", new Price(1.10, 4.40)),
            Map.entry("o3-mini", new Price(1.10, 4.40)),
            Map.entry("gpt-3.5-turbo", new Price(0.50, 1.50)));

    private OpenAiPrices() {
    }

    static Optional<Double> estimate(String model, Integer inputTokens, Integer outputTokens) {
        if (model == null || inputTokens == null || outputTokens == null) {
            return Optional.empty();
        }
        String name = model.toLowerCase(Locale.ROOT);
        return PER_MILLION.entrySet().stream()
                .filter(e -> name.equals(e.getKey()) || name.startsWith(e.getKey() + "-"))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(e -> (inputTokens * e.getValue().input() + outputTokens * e.getValue().output()) / 1_000_000);
    }
}
