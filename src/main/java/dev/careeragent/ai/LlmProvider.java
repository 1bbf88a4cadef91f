package dev.careeragent.ai;

import java.util.Locale;

/** Where language-model calls go. {@link #NONE} (the default) means every AI feature uses its rule-based path. */
public enum LlmProvider {
    NONE("none", "None (built-in rules)", null),
    OLLAMA("ollama", "Ollama", "http://localhost:11434"),
    OPENAI("openai", "OpenAI", "https://api.openai.com/v1"),
    OPENAI_COMPATIBLE("openai-compatible", "OpenAI-compatible (LM Studio, vLLM, llama.cpp)", "http://localhost:1234/v1");

    private final String id;
    private final String label;
    private final String defaultBaseUrl;

    LlmProvider(String id, String label, String defaultBaseUrl) {
        this.id = id;
        this.label = label;
        this.defaultBaseUrl = defaultBaseUrl;
    }

    /** The id saved in settings and used on the command line. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    public boolean speaksOpenAi() {
        return this == OPENAI || this == OPENAI_COMPATIBLE;
    }

    /** Reads a settings or command-line id; unknown or empty means {@link #NONE}. */
    public static LlmProvider fromId(String id) {
        if (id == null) {
            return NONE;
        }
        String key = id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (LlmProvider p : values()) {
            if (p.id.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Unknown LLM provider \"" + id + "\". Use none, ollama, openai or openai-compatible.");
    }

    @Override
    public String toString() {
        return label;
    }
}
