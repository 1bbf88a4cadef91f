package dev.careeragent.resume.model;

import java.util.List;

/**
 * A structured resume. Immutable; lists are never null. {@code sections} lists the headings in document
 * order; {@code otherSections} keeps every section that has no dedicated field, so nothing is dropped.
 */
public record Resume(Contact contact, String headline, String summary, List<ExperienceEntry> experience,
                     List<EducationEntry> education, List<String> skills, List<ProjectEntry> projects,
                     List<String> certifications, List<String> languages, List<OtherSection> otherSections,
                     List<SectionHeading> sections) {

    public Resume {
        contact = contact == null ? Contact.empty() : contact;
        experience = copy(experience);
        education = copy(education);
        skills = copy(skills);
        projects = copy(projects);
        certifications = copy(certifications);
        languages = copy(languages);
        otherSections = copy(otherSections);
        sections = copy(sections);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
