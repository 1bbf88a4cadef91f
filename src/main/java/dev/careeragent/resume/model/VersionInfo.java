package dev.careeragent.resume.model;

import java.time.Instant;

/** A resume version as the version list shows it (no file bytes, no parsed content). */
public record VersionInfo(long id, String label, Instant createdAt, String sourceFileName, String sourceFormat,
                          boolean primary, Long parentId) {
}
