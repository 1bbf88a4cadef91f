package dev.careeragent.resume.read;

/** The file formats a resume can be imported from. */
public enum ResumeFormat { PDF, DOCX, DOC, TEXT, MARKDOWN, JSON_RESUME }
