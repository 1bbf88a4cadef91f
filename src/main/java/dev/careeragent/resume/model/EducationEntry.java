package dev.careeragent.resume.model;

import java.util.List;

/** One school or degree; {@code details} keeps every other line (thesis, courses, honours). */
public record EducationEntry(String school, String degree, String field, String location, ResumeDate start,
                             ResumeDate end, String gpa, List<String> details) {

    public EducationEntry {
        details = details == null ? List.of() : List.copyOf(details);
    }
}
