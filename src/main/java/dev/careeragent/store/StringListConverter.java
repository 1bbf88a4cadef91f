package dev.careeragent.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A list of strings stored as a JSON array in a TEXT column. Apply with {@code @Convert}. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("List cannot be stored as JSON", e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String text) {
        try {
            return text == null || text.isBlank() ? List.of() : List.copyOf(JSON.readValue(text, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Stored list is not valid JSON: " + text, e);
        }
    }
}
