package dev.careeragent.resume.model;

import java.util.List;

/** One project: a name, an optional one-line description, bullets, dates and link. */
public record ProjectEntry(String name, String description, List<String> bullets, ResumeDate start, ResumeDate end,
                           boolean current, String url) {

    public ProjectEntry {
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
    }
}
