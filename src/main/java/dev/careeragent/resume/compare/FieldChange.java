package dev.careeragent.resume.compare;

/**
 * One difference between two versions: where ("Experience: Developer at Acme"), which field ("Title",
 * "Bullet", "Skill"), and the value before and after (null on the side where it does not exist).
 */
public record FieldChange(String section, String field, Kind kind, String before, String after) {

    public enum Kind { ADDED, REMOVED, CHANGED }
}
