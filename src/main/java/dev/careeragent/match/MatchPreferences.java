package dev.careeragent.match;

import dev.careeragent.profile.Preferences;
import dev.careeragent.profile.RemotePreference;
import java.util.List;
import java.util.Locale;

/**
 * What the user wants besides a matching job, each with its {@link PreferenceMode}: work mode, places,
 * a yearly salary floor (in {@code salaryCurrency}; postings in another currency are not judged), employment
 * types, and how old a posting may be before it loses its recency bonus.
 */
public record MatchPreferences(RemotePreference remote, PreferenceMode remoteMode,
                               List<String> locations, PreferenceMode locationMode,
                               Long salaryFloor, String salaryCurrency, PreferenceMode salaryMode,
                               List<String> employmentTypes, PreferenceMode employmentTypeMode,
                               int freshDays) {

    public MatchPreferences {
        remote = remote == null ? RemotePreference.ANY : remote;
        locations = locations == null ? List.of() : locations.stream().filter(l -> l != null && !l.isBlank())
                .map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
        employmentTypes = employmentTypes == null ? List.of() : employmentTypes.stream()
                .map(EmploymentTypes::normalise).filter(t -> t != null).distinct().toList();
        remoteMode = remoteMode == null ? PreferenceMode.PENALTY : remoteMode;
        locationMode = locationMode == null ? PreferenceMode.PENALTY : locationMode;
        salaryMode = salaryMode == null ? PreferenceMode.PENALTY : salaryMode;
        employmentTypeMode = employmentTypeMode == null ? PreferenceMode.PENALTY : employmentTypeMode;
        freshDays = freshDays <= 0 ? 30 : freshDays;
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
        return new MatchPreferences(p.remote(), PreferenceMode.PENALTY, p.places(), PreferenceMode.PENALTY, p.salaryFloor(),
                p.salaryCurrency(), PreferenceMode.PENALTY, p.employmentTypes(), PreferenceMode.PENALTY, 30);
    }

    public String hash() {
        return ContentHash.ofParts(this);
    }
}
