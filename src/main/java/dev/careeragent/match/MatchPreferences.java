package dev.careeragent.match;

import dev.careeragent.profile.Preferences;
import dev.careeragent.profile.RemotePreference;
import dev.careeragent.profile.TargetLevel;
import java.util.List;
import java.util.Locale;

/**
 * What the user wants besides a matching job, each with its {@link PreferenceMode}: work mode, places,
 * a yearly salary floor (in {@code salaryCurrency}; postings in another currency are not judged), employment
 * types, how old a posting may be before it loses its recency bonus, the level aimed for ({@code level}, null for
 * any) and the companies and words to avoid (a posting naming one is hidden, see {@link AvoidList}).
 */
public record MatchPreferences(RemotePreference remote, PreferenceMode remoteMode,
                               List<String> locations, PreferenceMode locationMode,
                               Long salaryFloor, String salaryCurrency, PreferenceMode salaryMode,
                               List<String> employmentTypes, PreferenceMode employmentTypeMode,
                               int freshDays, Seniority level, PreferenceMode levelMode,
                               List<String> avoidCompanies, List<String> avoidWords) {

    public MatchPreferences {
        remote = remote == null ? RemotePreference.ANY : remote;
        locations = lowerCase(locations);
        employmentTypes = employmentTypes == null ? List.of() : employmentTypes.stream()
                .map(EmploymentTypes::normalise).filter(t -> t != null).distinct().toList();
        remoteMode = remoteMode == null ? PreferenceMode.PENALTY : remoteMode;
        locationMode = locationMode == null ? PreferenceMode.PENALTY : locationMode;
        salaryMode = salaryMode == null ? PreferenceMode.PENALTY : salaryMode;
        employmentTypeMode = employmentTypeMode == null ? PreferenceMode.PENALTY : employmentTypeMode;
        levelMode = levelMode == null ? PreferenceMode.PENALTY : levelMode;
        freshDays = freshDays <= 0 ? 30 : freshDays;
        avoidCompanies = lowerCase(avoidCompanies);
        avoidWords = lowerCase(avoidWords);
    }

    /** The preferences without a target level or an avoid list. */
    public MatchPreferences(RemotePreference remote, PreferenceMode remoteMode, List<String> locations,
                            PreferenceMode locationMode, Long salaryFloor, String salaryCurrency, PreferenceMode salaryMode,
                            List<String> employmentTypes, PreferenceMode employmentTypeMode, int freshDays) {
        this(remote, remoteMode, locations, locationMode, salaryFloor, salaryCurrency, salaryMode, employmentTypes,
                employmentTypeMode, freshDays, null, PreferenceMode.IGNORE, List.of(), List.of());
    }

    /** No preferences: every posting is judged on the resume alone. */
    public static MatchPreferences none() {
        return new MatchPreferences(RemotePreference.ANY, PreferenceMode.IGNORE, List.of(), PreferenceMode.IGNORE, null,
                null, PreferenceMode.IGNORE, List.of(), PreferenceMode.IGNORE, 30);
    }

    /** The user's profile preferences, each a penalty when missed; none set reads as {@link #none()}. */
    public static MatchPreferences from(Preferences p) {
        if (!p.judgesPostings()) {
            return none();
        }
        Seniority level = p.level() == TargetLevel.ANY ? null : Seniority.valueOf(p.level().name());
        return new MatchPreferences(p.remote(), PreferenceMode.PENALTY, p.places(), PreferenceMode.PENALTY, p.salaryFloor(),
                p.salaryCurrency(), PreferenceMode.PENALTY, p.employmentTypes(), PreferenceMode.PENALTY, 30,
                level, PreferenceMode.PENALTY, p.avoidCompanies(), p.avoidWords());
    }

    public String hash() {
        return ContentHash.ofParts(this);
    }

    private static List<String> lowerCase(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank())
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
