package dev.careeragent.resume.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Reads and writes our own {@link Resume} model as JSON (dates as ISO text). */
public final class ResumeJson {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write resume JSON", e);
        }
    }

    /** A JSON array of {@code type} (records included); an empty list for null or blank text. */
    public <T> List<T> readList(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return mapper.readValue(json, mapper.getTypeFactory().constructCollectionType(List.class, type));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a valid JSON list of " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public Resume read(String json) {
        try {
            return mapper.readValue(json, Resume.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a valid resume JSON: " + e.getOriginalMessage(), e);
        }
    }
}
