package dev.careeragent.resume.model;

import java.util.List;

/** A section the parser has no field for (publications, honours, ...): kept as its heading and lines. */
public record OtherSection(String heading, List<String> lines) {

    public OtherSection {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
