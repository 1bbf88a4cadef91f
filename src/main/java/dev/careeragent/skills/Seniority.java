package dev.careeragent.skills;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** The level a posting hires at: from the title's words first, else from the years of experience it asks for. */
public final class Seniority {

    private record Level(String name, Pattern words) {
    }

    private static final List<Level> LEVELS = List.of(
            level("Intern", "intern|internship|trainee|apprentice|werkstudent|stagiaire"),
            level("Executive", "chief|ceo|cto|cfo|coo|vp|vice president|president|head of"),
            level("Director", "director"),
            level("Principal", "principal|staff|distinguished"),
            level("Lead", "lead|team lead|tech lead|supervisor"),
            level("Manager", "manager"),
            level("Senior", "senior|sr|snr|iii|experienced"),
            level("Junior", "junior|jr|entry[- ]level|graduate|associate|ii?"),
            level("Mid", "mid[- ]level|intermediate"));

    private Seniority() {
    }

    private static Level level(String name, String words) {
        return new Level(name, Pattern.compile("(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE));
    }

    /** "Senior", "Junior", "Lead"...; from years when the title says nothing; null when neither does. */
    public static String of(String title, String statedSeniority, OptionalInt years) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT).replace('.', ' ');
        for (Level level : LEVELS) {
            if (level.words.matcher(t).find()) {
                return level.name;
            }
        }
        if (statedSeniority != null && !statedSeniority.isBlank() && !statedSeniority.equalsIgnoreCase("Not Applicable")) {
            return statedSeniority;
        }
        if (years.isEmpty()) {
            return null;
        }
        int y = years.getAsInt();
        return y <= 1 ? "Junior" : y <= 4 ? "Mid" : "Senior";
    }
}
