package dev.careeragent.resume.model;

/** A section heading as written in the document, with what kind of section it opens. */
public record SectionHeading(String title, SectionKind kind) {
}
