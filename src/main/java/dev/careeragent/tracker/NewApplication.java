package dev.careeragent.tracker;

import dev.careeragent.tracker.model.ApplicationStatus;
import java.time.LocalDate;

/**
 * What the user tracks: a job (posting id may be null for one found elsewhere), how and when it was sent, and
 * the files sent (copied into the data folder). Either file may be null.
 */
public record NewApplication(Long jobPostingId, String company, String title, ApplicationStatus status, String channel,
        String link, String source, LocalDate appliedOn, Long resumeVersionId, SentFile resume, SentFile coverLetter,
        String notes) {

    /** A file as sent: its name and bytes. */
    public record SentFile(String name, byte[] bytes) {
    }

    public NewApplication {
        if (company == null || company.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("An application needs a company and a job title.");
        }
        status = status == null ? ApplicationStatus.SAVED : status;
    }
}
