package dev.careeragent.match;

import java.util.ArrayList;
import java.util.List;

/** The skills component: credit for each required and preferred skill of a posting that the resume shows. */
final class SkillsScore {

    /** Value 0-1, or NaN when the posting names no skills. */
    record Outcome(double value, List<String> matched, List<String> missingRequired, List<String> missingPreferred,
                   List<MatchExplanation.PartialMatch> partial, List<String> shortOnYears) {
    }

    /** Neutral skills value and how many skills' worth of evidence it counts as. */
    static final double PRIOR = 0.3;
    static final double PRIOR_WEIGHT = 1;

    private SkillsScore() {
    }

    static Outcome compute(IndexedPosting p, ResumeFeatures r, MatchWeights w, SkillIndex skills) {
        List<String> matched = new ArrayList<>();
        List<String> missingRequired = new ArrayList<>();
        List<String> missingPreferred = new ArrayList<>();
        List<MatchExplanation.PartialMatch> partial = new ArrayList<>();
        List<String> shortOnYears = new ArrayList<>();
        double requiredCredit = 0;
        double requiredWeight = 0;
        for (int i = 0; i < p.required().length; i++) {
            int id = p.required()[i];
            double weight = skills.weight(id);
            double credit = credit(id, r, w, true, matched, missingRequired, partial, skills);
            if (credit > 0 && p.requiredYears()[i] > 0) {
                double have = r.skillYears()[id] >= 0 ? r.skillYears()[id] : r.years();
                if (have < p.requiredYears()[i]) {
                    credit *= Math.max(0.5, have / p.requiredYears()[i]);
                    shortOnYears.add(skills.name(id) + " (" + p.requiredYears()[i] + "+ years asked, about "
                            + Math.round(have) + " shown)");
                }
            }
            requiredCredit += weight * credit;
            requiredWeight += weight;
        }
        double preferredCredit = 0;
        double preferredWeight = 0;
        for (int id : p.preferred()) {
            double weight = skills.weight(id);
            preferredCredit += weight * credit(id, r, w, false, matched, missingPreferred, partial, skills);
            preferredWeight += weight;
        }
        double value;
        if (requiredWeight > 0 && preferredWeight > 0) {
            value = (1 - w.preferredShare()) * requiredCredit / requiredWeight + w.preferredShare() * preferredCredit / preferredWeight;
        } else if (requiredWeight > 0) {
            value = requiredCredit / requiredWeight;
        } else if (preferredWeight > 0) {
            value = preferredCredit / preferredWeight;
        } else {
            value = Double.NaN;
        }
        if (!Double.isNaN(value)) {
            // A posting that names two skills says little: pull its value towards a neutral prior.
            double named = requiredWeight + preferredWeight;
            value = (value * named + PRIOR * PRIOR_WEIGHT) / (named + PRIOR_WEIGHT);
        }
        return new Outcome(value, matched, missingRequired, missingPreferred, partial, shortOnYears);
    }

    private static double credit(int id, ResumeFeatures r, MatchWeights w, boolean required, List<String> matched,
                                 List<String> missing, List<MatchExplanation.PartialMatch> partial, SkillIndex skills) {
        byte has = r.has()[id];
        if (has == ResumeFeatures.OWN) {
            matched.add(skills.name(id));
            return 1;
        }
        if (has == ResumeFeatures.RELATED) {
            partial.add(new MatchExplanation.PartialMatch(skills.name(id), skills.name(r.via()[id]), required));
            return w.relatedCredit();
        }
        missing.add(skills.name(id));
        return 0;
    }
}
