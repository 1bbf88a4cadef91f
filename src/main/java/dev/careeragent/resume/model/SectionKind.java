package dev.careeragent.resume.model;

/** What a resume section holds. */
public enum SectionKind { SUMMARY, EXPERIENCE, EDUCATION, SKILLS, PROJECTS, CERTIFICATIONS, LANGUAGES, OTHER }
