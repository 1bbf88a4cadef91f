package dev.careeragent.resume.ats;

/** The parts of the ATS score and the points each is worth (they add up to 100). */
public enum AtsCategory {
    REQUIRED_SKILLS("Required skills", 40),
    PREFERRED_SKILLS("Preferred skills", 10),
    SECTIONS("Sections", 10),
    CONTACT("Contact details", 10),
    LENGTH("Length", 5),
    DATES("Dates", 10),
    PARSE_RISKS("File format", 15);

    private final String title;
    private final int maxPoints;

    AtsCategory(String title, int maxPoints) {
        this.title = title;
        this.maxPoints = maxPoints;
    }

    public String title() {
        return title;
    }

    public int maxPoints() {
        return maxPoints;
    }
}
