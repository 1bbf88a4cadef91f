package dev.careeragent.tracker.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A job the user applied to (or plans to). {@code resumeFile} and {@code coverLetterFile} are copies kept in the
 * data folder, relative to it, so what was sent stays readable after the resume changes.
 */
public record Application(Long id, Long jobPostingId, Long resumeVersionId, String company, String title,
        ApplicationStatus status, String channel, String link, String source, LocalDate appliedOn, String resumeFile,
        String coverLetterFile, String notes, LocalDate followUpOn, Instant createdAt, Instant updatedAt) {

    public Application withId(long newId) {
        return new Application(newId, jobPostingId, resumeVersionId, company, title, status, channel, link, source,
                appliedOn, resumeFile, coverLetterFile, notes, followUpOn, createdAt, updatedAt);
    }

    public Application withFiles(String resume, String coverLetter) {
        return new Application(id, jobPostingId, resumeVersionId, company, title, status, channel, link, source,
                appliedOn, resume, coverLetter, notes, followUpOn, createdAt, updatedAt);
    }
}
