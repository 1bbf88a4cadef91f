package dev.careeragent.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Combines the four components into a 0-100 score with its explanation. Pure arithmetic on indexed postings. */
final class MatchScorer {

    private final SkillIndex skills;
    private final VectorArena arena;

    MatchScorer(SkillIndex skills, VectorArena arena) {
        this.skills = skills;
        this.arena = arena;
    }

    MatchResult score(IndexedPosting p, ResumeFeatures r, MatchPreferences prefs, MatchWeights w, long today) {
        SkillsScore.Outcome sk = SkillsScore.compute(p, r, w, skills);
        double meaning = MeaningScore.value(MeaningScore.raw(p, r, arena));
        FitScore.Outcome fit = FitScore.compute(p, r, arena);
        PreferenceScore.Outcome pref = PreferenceScore.compute(p.features(), prefs, w, today);

        Map<MatchComponent, Double> values = new EnumMap<>(MatchComponent.class);
        values.put(MatchComponent.SKILLS, sk.value());
        values.put(MatchComponent.MEANING, meaning);
        values.put(MatchComponent.FIT, fit.value());
        values.put(MatchComponent.PREFERENCES, pref.value());
        double weightSum = 0;
        for (Map.Entry<MatchComponent, Double> e : values.entrySet()) {
            weightSum += Double.isNaN(e.getValue()) ? 0 : weight(w, e.getKey());
        }
        Map<MatchComponent, Double> points = new EnumMap<>(MatchComponent.class);
        double total = 0;
        for (Map.Entry<MatchComponent, Double> e : values.entrySet()) {
            double pts = Double.isNaN(e.getValue()) || weightSum == 0 ? 0 : 100 * weight(w, e.getKey()) * e.getValue() / weightSum;
            points.put(e.getKey(), round1(pts));
            total += pts;
        }
        List<MatchExplanation.Penalty> penalties = pref.penalties();
        Optional<MatchExplanation.Penalty> field = fieldPenalty(p, r, fit.field(), total);
        if (field.isPresent()) {
            penalties = new ArrayList<>(penalties);
            penalties.add(field.get());
        }
        double penalty = penalties.stream().mapToDouble(MatchExplanation.Penalty::points).sum();
        double score = pref.excluded() ? 0 : Math.max(0, Math.min(100, total - penalty));
        MatchExplanation why = new MatchExplanation(sk.matched(), sk.missingRequired(), sk.missingPreferred(), sk.partial(),
                penalties, points, reasons(p, sk, fit, penalties));
        return new MatchResult(p.id(), p.features().title(), round1(score), pref.excluded(), why, p.features().textHash());
    }

    /**
     * A recruiter reads the field first: a job outside the field of the recent titles loses {@link #OTHER_FIELD} of
     * its points, a related field half that. Skills and wording carry across fields (a statistician and a developer
     * both list Python), so inside the fit component alone the field was outweighed; tuned on the development part
     * of the labelled rankings and the corpus set (docs/ACCURACY.md, "Later round").
     */
    static final double OTHER_FIELD = 0.5;
    static final String FIELD = "Field";

    private static Optional<MatchExplanation.Penalty> fieldPenalty(IndexedPosting p, ResumeFeatures r, double field,
                                                                  double total) {
        if (Double.isNaN(field) || field >= 1) {
            return Optional.empty();
        }
        java.util.Set<Licences> licences = FitScore.missingLicences(p, r);
        String reason = !licences.isEmpty()
                ? "Licensed job (" + String.join(", ", licences.stream().map(Licences::label).toList())
                        + "); your resume names no such licence"
                : (field > 0 ? "Related field: " : "Different field: ") + Occupation.labels(p.occupations())
                        + " job; your recent jobs are in " + Occupation.labels(r.occupations());
        return Optional.of(new MatchExplanation.Penalty(FIELD, round1(OTHER_FIELD * (1 - field) * total), false, reason));
    }

    private static double weight(MatchWeights w, MatchComponent c) {
        return switch (c) {
            case SKILLS -> w.skills();
            case MEANING -> w.meaning();
            case FIT -> w.fit();
            case PREFERENCES -> w.preferences();
        };
    }

    private static List<String> reasons(IndexedPosting p, SkillsScore.Outcome sk, FitScore.Outcome fit,
                                        List<MatchExplanation.Penalty> penalties) {
        List<String> out = new ArrayList<>();
        int required = p.required().length;
        if (required > 0) {
            long partial = sk.partial().stream().filter(MatchExplanation.PartialMatch::required).count();
            out.add("Shows " + (required - sk.missingRequired().size() - partial) + " of " + required + " required skills");
        }
        if (!sk.missingRequired().isEmpty()) {
            out.add("Missing required: " + String.join(", ", sk.missingRequired()));
        }
        for (MatchExplanation.PartialMatch m : sk.partial()) {
            out.add("Partly covered: " + m.skill() + " (you show " + m.via() + ")");
        }
        sk.shortOnYears().forEach(s -> out.add("Fewer years than asked: " + s));
        if (fit.closestRole() != null && fit.roleSimilarity() >= 0.55) {
            out.add("Title close to \"" + fit.closestRole() + "\"");
        }
        out.addAll(fit.notes());
        for (MatchExplanation.Penalty penalty : penalties) {
            out.add(penalty.excluded() ? "Hidden by your filter: " + penalty.reason()
                    : "-" + Math.round(penalty.points()) + " points: " + penalty.reason());
        }
        return out;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
