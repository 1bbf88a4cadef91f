package dev.careeragent.match;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.profile.RemotePreference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The preferences component and its penalties. Each preference the user set and the posting states is
 * checked; the component is the share met (with recency); a miss costs points (PENALTY) or hides the
 * posting (FILTER). What a posting does not state is never held against it.
 */
final class PreferenceScore {

    record Outcome(double value, List<MatchExplanation.Penalty> penalties, boolean excluded) {
    }

    private PreferenceScore() {
    }

    static Outcome compute(PostingFeatures f, MatchPreferences prefs, MatchWeights w, long today) {
        Checks checks = new Checks();
        if (prefs.remoteMode() != PreferenceMode.IGNORE && prefs.remote() != RemotePreference.ANY && f.remote() != RemoteMode.UNKNOWN) {
            checks.add(remoteMet(prefs.remote(), f.remote()), "Work mode", prefs.remoteMode(), w.remotePenalty(),
                    label(f.remote()) + " job; you want " + prefs.remote().name().toLowerCase(Locale.ROOT).replace('_', '-') + " work");
        }
        if (prefs.locationMode() != PreferenceMode.IGNORE && !prefs.locations().isEmpty() && f.place() != null) {
            boolean met = (f.remote() == RemoteMode.REMOTE && prefs.remote() != RemotePreference.ON_SITE)
                    || prefs.locations().stream().anyMatch(l -> f.place().contains(l.split(",")[0].strip()));
            checks.add(met, "Location", prefs.locationMode(), w.locationPenalty(),
                    "Located in " + f.place() + ", not in " + String.join(" / ", prefs.locations()));
        }
        if (prefs.salaryMode() != PreferenceMode.IGNORE && prefs.salaryFloor() != null && f.salaryYearMax() != null
                && (f.salaryCurrency() == null || prefs.salaryCurrency() == null || f.salaryCurrency().equalsIgnoreCase(prefs.salaryCurrency()))) {
            checks.add(f.salaryYearMax() >= prefs.salaryFloor(), "Salary", prefs.salaryMode(), w.salaryPenalty(),
                    String.format(Locale.ROOT, "Pays up to %,.0f a year, below your floor of %,d", f.salaryYearMax(), prefs.salaryFloor()));
        }
        if (prefs.employmentTypeMode() != PreferenceMode.IGNORE && !prefs.employmentTypes().isEmpty() && f.employmentType() != null) {
            checks.add(prefs.employmentTypes().contains(f.employmentType()), "Employment type", prefs.employmentTypeMode(),
                    w.employmentTypePenalty(), capitalised(f.employmentType()) + " job; you want " + String.join(" or ", prefs.employmentTypes()));
        }
        if (prefs.levelMode() != PreferenceMode.IGNORE && prefs.level() != null && f.seniority() != null) {
            int gap = Math.abs(f.seniority().ordinal() - prefs.level().ordinal());
            double met = gap == 0 ? 1 : gap == 1 ? 0.5 : 0;
            checks.add(met, "Level", prefs.levelMode(), w.levelPenalty() * (1 - met), f.seniority().label()
                    + "-level job; you aim for " + prefs.level().label().toLowerCase(Locale.ROOT) + " level");
        }
        if (checks.count == 0) { // no preference set that applies to this job: neutral, the weight goes elsewhere
            return new Outcome(Double.NaN, List.of(), false);
        }
        if (f.postedEpochDay() != null) {
            long age = Math.max(0, today - f.postedEpochDay());
            double fresh = age <= prefs.freshDays() ? 1 : Math.max(0, 1 - (age - prefs.freshDays()) / (2.0 * prefs.freshDays()));
            checks.met += fresh;
            checks.count++;
        }
        return new Outcome(checks.count == 0 ? Double.NaN : checks.met / checks.count, checks.penalties, checks.excluded);
    }

    private static boolean remoteMet(RemotePreference wanted, RemoteMode job) {
        return switch (wanted) {
            case REMOTE -> job == RemoteMode.REMOTE;
            case HYBRID -> job != RemoteMode.ON_SITE;
            case ON_SITE -> job != RemoteMode.REMOTE;
            case ANY -> true;
        };
    }

    private static String label(RemoteMode mode) {
        return mode == RemoteMode.ON_SITE ? "On-site" : capitalised(mode.name().toLowerCase(Locale.ROOT));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final class Checks {
        private final List<MatchExplanation.Penalty> penalties = new ArrayList<>();
        private double met;
        private int count;
        private boolean excluded;

        void add(boolean ok, String preference, PreferenceMode mode, double points, String reason) {
            add(ok ? 1 : 0, preference, mode, points, reason);
        }

        /** A check met to a degree (0-1); {@code points} are what a PENALTY miss of that degree costs. */
        void add(double share, String preference, PreferenceMode mode, double points, String reason) {
            count++;
            met += share;
            if (share >= 1) {
                return;
            }
            boolean filter = mode == PreferenceMode.FILTER;
            excluded |= filter;
            penalties.add(new MatchExplanation.Penalty(preference, filter ? 0 : points, filter, reason));
        }
    }
}
