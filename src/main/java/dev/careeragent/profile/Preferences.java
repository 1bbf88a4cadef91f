package dev.careeragent.profile;

import java.util.List;
import java.util.Locale;

/**
 * What the user is looking for besides a job that fits their resume: target titles, places, work mode, a yearly
 * salary floor in a currency, employment types, the level they aim for, companies and words to avoid, and how much
 * each part of the score counts. Everything optional; nothing set means "judge on the resume alone".
 */
public record Preferences(List<String> targetRoles, List<String> places, RemotePreference remote, Long salaryFloor,
                          String salaryCurrency, List<String> employmentTypes, TargetLevel level,
                          List<String> avoidCompanies, List<String> avoidWords, ScoreWeights weights) {

    public Preferences {
        targetRoles = clean(targetRoles);
        places = clean(places);
        employmentTypes = clean(employmentTypes);
        avoidCompanies = clean(avoidCompanies);
        avoidWords = clean(avoidWords);
        remote = remote == null ? RemotePreference.ANY : remote;
        level = level == null ? TargetLevel.ANY : level;
        weights = weights == null ? ScoreWeights.defaults() : weights;
        salaryCurrency = salaryCurrency == null || salaryCurrency.isBlank() ? null : salaryCurrency.strip().toUpperCase(Locale.ROOT);
        salaryFloor = salaryFloor != null && salaryFloor <= 0 ? null : salaryFloor;
    }

    /** The job targets alone (titles, places, mode, salary, types): no level, nothing avoided, default weights. */
    public Preferences(List<String> targetRoles, List<String> places, RemotePreference remote, Long salaryFloor,
                       String salaryCurrency, List<String> employmentTypes) {
        this(targetRoles, places, remote, salaryFloor, salaryCurrency, employmentTypes, TargetLevel.ANY, List.of(), List.of(), null);
    }

    public static Preferences none() {
        return new Preferences(List.of(), List.of(), RemotePreference.ANY, null, null, List.of());
    }

    /** True when at least one preference that judges a posting is set (target titles only shape the resume profile). */
    public boolean judgesPostings() {
        return !places.isEmpty() || remote != RemotePreference.ANY || salaryFloor != null || !employmentTypes.isEmpty()
                || level != TargetLevel.ANY || !avoidCompanies.isEmpty() || !avoidWords.isEmpty();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
