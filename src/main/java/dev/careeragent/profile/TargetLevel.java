package dev.careeragent.profile;

import java.util.Locale;

/** The career level the user aims for; ANY means "judge jobs of every level on the resume alone". */
public enum TargetLevel {
    ANY, INTERN, JUNIOR, MID, SENIOR, LEAD, PRINCIPAL;

    /** "Senior", "Any level". */
    public String label() {
        return this == ANY ? "Any level" : name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
