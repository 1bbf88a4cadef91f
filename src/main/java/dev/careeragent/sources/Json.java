package dev.careeragent.sources;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Jackson helpers for API answers and JSON embedded in pages. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private Json() {
    }

    /** The parsed JSON, or a clear error naming the source. */
    public static JsonNode read(String json, String sourceName) {
        if (json == null || json.isBlank()) {
            throw new JobPageParseException("The " + sourceName + " answer is empty. Try again later.");
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new JobPageParseException("The " + sourceName + " answer is not valid JSON (" + e.getOriginalMessage()
                    + "). The service may be down or may have changed; try again later.", e);
        }
    }

    /** The JSON value assigned to {@code name} in page script ({@code window._initialData = {...};}). */
    public static Optional<JsonNode> assignedIn(String html, String name) {
        int at = html.indexOf(name);
        while (at >= 0) {
            int i = at + name.length();
            while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            if (i < html.length() && html.charAt(i) == '=') {
                try (JsonParser p = MAPPER.createParser(html.substring(i + 1))) {
                    JsonNode node = MAPPER.readTree(p);
                    if (node != null && node.isContainerNode()) {
                        return Optional.of(node);
                    }
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
            at = html.indexOf(name, at + 1);
        }
        return Optional.empty();
    }

    /** Text at a path of field names, or null when missing, null or blank. */
    public static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null || n.isNull() || n.isContainerNode()) {
            return null;
        }
        return PostingNormalizer.clean(n.asText());
    }

    public static BigDecimal number(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        try {
            return n.asText().isBlank() ? null : new BigDecimal(n.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Texts of an array (or of a single value) at the path. */
    public static List<String> texts(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(v -> {
                String t = v.isValueNode() ? PostingNormalizer.clean(v.asText()) : text(v, "label");
                if (t != null) {
                    out.add(t);
                }
            });
        } else if (n.isValueNode() && PostingNormalizer.clean(n.asText()) != null) {
            out.add(PostingNormalizer.clean(n.asText()));
        }
        return out;
    }

    public static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node;
        for (String field : path) {
            if (n == null) {
                return null;
            }
            n = n.isArray() && field.matches("\\d+") ? n.get(Integer.parseInt(field)) : n.get(field);
        }
        return n;
    }

    /** Positive numbers only: APIs write 0 or -1 for "no salary". */
    public static BigDecimal positive(BigDecimal v) {
        return v == null || v.signum() <= 0 ? null : v;
    }
}
