package dev.careeragent.tailor;

import dev.careeragent.resume.model.VersionInfo;

/** The new resume version made from accepted suggestions, and the job it is linked to (null for pasted text). */
public record TailoredVersion(VersionInfo version, Long postingId, int changedBullets) {
}
