package dev.careeragent.resume.model;

/** What ResumeService.delete hands back so the deletion can be undone. */
public record DeletedVersion(long id, String label, boolean wasPrimary, Long newPrimaryId) {
}
