package dev.careeragent.ai;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The JSON shape a structured answer must have: an object with named fields, each a string, a number, a boolean,
 * a list of strings, or a list of objects of another shape. Kept free of langchain4j so features can declare it.
 */
public record OutputSchema(String name, List<Field> fields) {

    /** The kind of one field. */
    public enum Type { STRING, NUMBER, BOOLEAN, STRING_LIST, OBJECT_LIST }

    /** One required field; {@code items} is the shape of list entries for {@link Type#OBJECT_LIST}. */
    public record Field(String name, Type type, String description, OutputSchema items) {
    }

    public OutputSchema {
        Objects.requireNonNull(name);
        fields = List.copyOf(fields);
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    /** Adds fields one by one. */
    public static final class Builder {
        private final String name;
        private final List<Field> fields = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder field(String field, Type type, String description) {
            fields.add(new Field(field, type, description, null));
            return this;
        }

        public Builder list(String field, String description, OutputSchema items) {
            fields.add(new Field(field, Type.OBJECT_LIST, description, items));
            return this;
        }

        public OutputSchema build() {
            return new OutputSchema(name, fields);
        }
    }
}
