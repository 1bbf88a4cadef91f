package dev.careeragent.resume.model;

import java.util.List;

/** One job. {@code current} is true when the end is "Present" (then {@code end} is null). */
public record ExperienceEntry(String title, String company, String location, ResumeDate start, ResumeDate end,
                              boolean current, List<String> bullets) {

    public ExperienceEntry {
        bullets = bullets == null ? List.of() : List.copyOf(bullets);
    }
}
