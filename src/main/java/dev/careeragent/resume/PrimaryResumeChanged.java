package dev.careeragent.resume;

/** The version used for matching changed; {@code versionId} is null when no version is left. */
public record PrimaryResumeChanged(Long versionId) {
}
