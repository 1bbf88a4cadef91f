package dev.careeragent.profile;

import java.util.List;

/**
 * What the user is looking for besides a job that fits their resume: target titles, places, work mode, a yearly
 * salary floor in a currency, employment types. Everything optional; nothing set means "judge on the resume alone".
 */
public record Preferences(List<String> targetRoles, List<String> places, RemotePreference remote, Long salaryFloor,
                          String salaryCurrency, List<String> employmentTypes) {

    public Preferences {
        targetRoles = clean(targetRoles);
        places = clean(places);
        employmentTypes = clean(employmentTypes);
        remote = remote == null ? RemotePreference.ANY : remote;
        salaryCurrency = salaryCurrency == null || salaryCurrency.isBlank() ? null : salaryCurrency.strip().toUpperCase(java.util.Locale.ROOT);
        salaryFloor = salaryFloor != null && salaryFloor <= 0 ? null : salaryFloor;
    }

    public static Preferences none() {
        return new Preferences(List.of(), List.of(), RemotePreference.ANY, null, null, List.of());
    }

    /** True when at least one preference that judges a posting is set (target titles only shape the resume profile). */
    public boolean judgesPostings() {
        return !places.isEmpty() || remote != RemotePreference.ANY || salaryFloor != null || !employmentTypes.isEmpty();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }
}
