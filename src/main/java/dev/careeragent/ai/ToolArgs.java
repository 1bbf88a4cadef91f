package dev.careeragent.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * The arguments of one tool call as the model sent them (a JSON object; missing or wrong ones give a clear message),
 * and whether the user cancelled the answer the tool works for, so a slow tool (drafting a letter) stops with it.
 */
public final class ToolArgs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode values;
    private final BooleanSupplier cancelled;

    private ToolArgs(ObjectNode values, BooleanSupplier cancelled) {
        this.values = values;
        this.cancelled = cancelled;
    }

    /** Reads the model's JSON; an empty or blank text is an empty argument list. */
    public static ToolArgs parse(String json) {
        return parse(json, () -> false);
    }

    /** The same, for a call the user can cancel while it runs. */
    public static ToolArgs parse(String json, BooleanSupplier cancelled) {
        if (json == null || json.isBlank()) {
            return new ToolArgs(JSON.createObjectNode(), cancelled);
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("The tool arguments must be a JSON object.");
            }
            return new ToolArgs(object, cancelled);
        } catch (IOException e) {
            throw new IllegalArgumentException("The tool arguments are not valid JSON.", e);
        }
    }

    /** True once the user cancelled the answer this call is part of. */
    public boolean cancelled() {
        return cancelled.getAsBoolean();
    }

    public String json() {
        return values.toString();
    }

    public String text(String name) {
        JsonNode v = values.get(name);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException("The argument \"" + name + "\" is missing.");
        }
        return v.asText().strip();
    }

    public String text(String name, String fallback) {
        JsonNode v = values.get(name);
        return v == null || v.isNull() || v.asText().isBlank() ? fallback : v.asText().strip();
    }

    public long number(String name) {
        JsonNode v = values.get(name);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("The argument \"" + name + "\" is missing.");
        }
        if (v.canConvertToLong()) {
            return v.asLong();
        }
        try {
            return Long.parseLong(v.asText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The argument \"" + name + "\" must be a whole number, not \"" + v.asText() + "\".", e);
        }
    }

    public int number(String name, int fallback) {
        return values.hasNonNull(name) ? (int) number(name) : fallback;
    }
}
