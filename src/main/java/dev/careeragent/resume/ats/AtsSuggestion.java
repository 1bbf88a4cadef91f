package dev.careeragent.resume.ats;

/**
 * Where a keyword the posting asks for could go. Only made for skills the resume already shows somewhere
 * ({@code evidence}); the check never suggests claiming experience the resume does not show.
 */
public record AtsSuggestion(String skill, String evidence, String text) {
}
