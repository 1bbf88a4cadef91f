package dev.careeragent.match;

import java.util.List;

/**
 * The fit component: the posting's title against the roles wanted (similarity and occupational field), its level
 * and years against the candidate's; not judged when the resume names no role. A job of another field is also
 * marked down as a whole ({@link MatchScorer}), which says so.
 */
final class FitScore {

    record Outcome(double value, String closestRole, double roleSimilarity, double field, List<String> notes) {
    }

    /**
     * Weight of the field against the title's similarity (0.6), level (0.25) and years (0.15): tuned on the
     * development part of the labelled rankings (docs/ACCURACY.md), where the field of the recent titles ranked
     * postings of other fields better than text similarity did.
     */
    static final double OCCUPATION = 2.0;
    /**
     * Weight of the role the title names ("nurse" in "IEN - Registered Nurse Emergency Room") being the role of a
     * recent job: a recruiter reads the role before the wording; the smallest of the weights tried (0.3, 0.6, 1.2;
     * docs/ACCURACY.md), the only one that did not lower the corpus set.
     */
    static final double ROLE_WEIGHT = 0.3;

    private FitScore() {
    }

    /** The licensed occupations the job's title names that the resume names nowhere: read as another field. */
    static java.util.Set<Licences> missingLicences(IndexedPosting p, ResumeFeatures r) {
        if (p.licences().isEmpty() || r.licences().containsAll(p.licences())) {
            return java.util.Set.of();
        }
        java.util.Set<Licences> missing = java.util.EnumSet.copyOf(p.licences());
        missing.removeAll(r.licences());
        return missing;
    }

    static Outcome compute(IndexedPosting p, ResumeFeatures r, VectorArena arena) {
        if (r.roles().isEmpty()) {
            // no title to compare: level and years alone say too little to carry a fifth of the score
            return new Outcome(Double.NaN, null, 0, Double.NaN, List.of());
        }
        double role = 0;
        String closest = null;
        for (int i = 0; i < r.roleVectors().length; i++) {
            double cosine = MeaningScore.clamp((arena.dot(p.titleVector(), r.roleVectors()[i]) - 0.25) / 0.6);
            double similarity = 0.6 * cosine + 0.4 * TitleWords.overlap(r.roleWords().get(i), p.features().titleWords());
            if (closest == null || similarity > role) {
                role = similarity;
                closest = r.roles().get(i);
            }
        }
        double total = 0.6 * role;
        double weights = 0.6;
        String jobRole = p.role();
        boolean sameRole = jobRole != null && r.roleNouns().contains(jobRole);
        if (jobRole != null && !r.roleNouns().isEmpty()) {
            total += ROLE_WEIGHT * (sameRole ? 1 : 0);
            weights += ROLE_WEIGHT;
        }
        List<String> notes = new java.util.ArrayList<>();
        if (sameRole) {
            notes.add("Same role as a recent job (" + jobRole + ")");
        }
        double field = missingLicences(p, r).isEmpty() ? Occupation.fit(p.occupations(), r.occupations()) : 0;
        if (!Double.isNaN(field)) {
            total += OCCUPATION * field;
            weights += OCCUPATION;
            if (field == 1) {
                notes.add("Same field as your recent jobs (" + Occupation.labels(p.occupations()) + ")");
            }
        }
        Seniority level = p.features().seniority();
        if (level != null) {
            double levelFit = level.fitFor(r.level());
            total += 0.25 * levelFit;
            weights += 0.25;
            if (levelFit < 0.75) {
                notes.add(level.label() + "-level job; your resume reads as " + r.level().label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        Integer minYears = p.features().minYears();
        if (minYears != null && minYears > 0) {
            double yearsFit = Math.min(1, r.years() / minYears);
            total += 0.15 * yearsFit;
            weights += 0.15;
            if (yearsFit < 1) {
                notes.add("Asks for " + minYears + "+ years of experience; your resume shows about " + Math.round(r.years()));
            }
        }
        return new Outcome(weights == 0 ? Double.NaN : total / weights, closest, role, field, notes);
    }
}
