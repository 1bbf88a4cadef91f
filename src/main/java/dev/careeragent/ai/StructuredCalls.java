package dev.careeragent.ai;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Structured answers: the JSON schema goes with the request where the server supports it (OpenAI, Ollama),
 * else JSON mode and a strict parser. An answer that does not parse or validate is sent back once with the
 * problem; if the second one fails too, or the call fails, the rule-based value is used and the note says why.
 */
public final class StructuredCalls {

    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    private final LlmConnector connector;

    public StructuredCalls(LlmConnector connector) {
        this.connector = connector;
    }

    /** {@code validate} returns the problems of a parsed value (empty when it is fine). */
    public <T> Structured<T> call(LlmPrompt prompt, OutputSchema schema, Class<T> type, Function<T, List<String>> validate,
                                  Supplier<T> rules, BooleanSupplier cancelled) {
        if (!connector.enabled()) {
            return new Structured<>(rules.get(), Structured.Source.RULES, "No language model is set up; used the built-in rules.", null);
        }
        ResponseFormat format = format(schema);
        LlmPrompt asked = prompt.followedBy("Answer with one JSON object only, no prose, matching the schema \""
                + schema.name() + "\".");
        String problem;
        try {
            LlmReply first = connector.chat(connector.request(asked, format), cancelled);
            Checked<T> one = check(first.text(), type, validate);
            problem = one.problem();
            if (problem.isEmpty()) {
                return new Structured<>(one.value(), Structured.Source.MODEL, "", first);
            }
            LlmReply second = connector.chat(connector.request(asked.followedBy("Your previous answer was rejected: " + problem
                    + "\nSend a corrected JSON object."), format), cancelled);
            Checked<T> two = check(second.text(), type, validate);
            String again = two.problem();
            if (again.isEmpty()) {
                return new Structured<>(two.value(), Structured.Source.MODEL_AFTER_RETRY,
                        "The model's first answer was invalid (" + problem + "); its corrected answer was used.", second);
            }
            problem = again;
        } catch (LlmException e) {
            if (e.kind() == LlmException.Kind.CANCELLED) {
                throw e;
            }
            return new Structured<>(rules.get(), Structured.Source.RULES, e.getMessage() + " Used the built-in rules instead.", null);
        }
        return new Structured<>(rules.get(), Structured.Source.RULES,
                "The model's answer was invalid twice (" + problem + "); used the built-in rules instead.", null);
    }

    private record Checked<T>(T value, String problem) {
    }

    private <T> Checked<T> check(String text, Class<T> type, Function<T, List<String>> validate) {
        T value;
        try {
            value = parse(text, type);
        } catch (IOException e) {
            return new Checked<>(null, "not valid JSON for the schema: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                    ? j.getOriginalMessage() : e.getMessage()));
        }
        return new Checked<>(value, String.join("; ", validate.apply(value)));
    }

    private <T> T parse(String text, Class<T> type) throws IOException {
        String body = text == null ? "" : text.strip();
        if (body.startsWith("```")) {
            body = body.replaceFirst("^```(?:json)?\\s*", "").replaceFirst("\\s*```$", "");
        }
        T value = json.readValue(body, type);
        if (value == null) {
            throw new com.fasterxml.jackson.databind.JsonMappingException(null, "empty answer");
        }
        return value;
    }

    private ResponseFormat format(OutputSchema schema) {
        if (connector.config().provider() == LlmProvider.OPENAI_COMPATIBLE) {
            return ResponseFormat.JSON; // many local servers know JSON mode but not schemas; the parser is strict
        }
        return ResponseFormat.builder().type(ResponseFormatType.JSON)
                .jsonSchema(JsonSchema.builder().name(schema.name()).rootElement(element(schema)).build()).build();
    }

    private static JsonObjectSchema element(OutputSchema schema) {
        JsonObjectSchema.Builder b = JsonObjectSchema.builder();
        for (OutputSchema.Field f : schema.fields()) {
            switch (f.type()) {
                case STRING -> b.addStringProperty(f.name(), f.description());
                case NUMBER -> b.addNumberProperty(f.name(), f.description());
                case BOOLEAN -> b.addBooleanProperty(f.name(), f.description());
                case STRING_LIST -> b.addProperty(f.name(), array(new JsonStringSchema(), f.description()));
                case OBJECT_LIST -> b.addProperty(f.name(), array(element(f.items()), f.description()));
            }
        }
        return b.required(schema.fields().stream().map(OutputSchema.Field::name).toList()).additionalProperties(false).build();
    }

    private static JsonArraySchema array(JsonSchemaElement items, String description) {
        return JsonArraySchema.builder().items(items).description(description).build();
    }
}
