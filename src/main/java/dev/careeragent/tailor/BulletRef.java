package dev.careeragent.tailor;

/** One bullet of a resume: in which section, which entry (0-based) and which bullet of it. */
public record BulletRef(Section section, int entry, int bullet) {

    /** The sections whose entries have bullets. */
    public enum Section { EXPERIENCE, PROJECT }

    /** "E1.2" style id the model uses to point at a bullet. */
    public String id() {
        return (section == Section.EXPERIENCE ? "E" : "P") + entry + "." + bullet;
    }
}
