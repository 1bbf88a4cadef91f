package dev.careeragent.accuracy;

import dev.careeragent.skills.JobRequirements;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillRequirement;
import dev.careeragent.skills.SkillTaxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the skills read from 130 real postings against hand-labelled skill spans
 * ({@code /realdata/skills/labels.csv}): lenient matching (same words, or one inside the other at word
 * boundaries), precision and recall per split.
 */
final class SkillAccuracy {

    static final String DIR = "/realdata/skills/";

    record Posting(String file, String split, List<String> gold, List<String> preferredGold) {
    }

    /**
     * Counts over one split: predicted skills that match a span, all predicted; spans found, all spans; spans found in
     * the list (required or preferred) they are labelled in.
     */
    record Score(String split, int postings, int truePredicted, int predicted, int foundGold, int gold, int sameLevel) {
        double levelAgreement() {
            return foundGold == 0 ? 0 : (double) sameLevel / foundGold;
        }

        double precision() {
            return predicted == 0 ? 0 : (double) truePredicted / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) foundGold / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private SkillAccuracy() {
    }

    static List<Posting> postings() {
        List<Posting> out = new ArrayList<>();
        List<List<String>> rows = Csv.read(JobPageAccuracy.resource(DIR + "labels.csv"));
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> gold = spans(row.get(2));
            List<String> preferred = spans(row.get(3));
            gold.addAll(preferred);
            out.add(new Posting(row.get(0), row.get(1), gold, preferred));
        }
        return out;
    }

    private static List<String> spans(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    static RequirementExtractor extractor() {
        return new RequirementExtractor(new SkillExtractor(SkillTaxonomy.loadDefault()));
    }

    static Map<String, Score> score(RequirementExtractor extractor, List<String> misses) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        sums.put("dev", new int[6]);
        sums.put("holdout", new int[6]);
        sums.put("holdout2", new int[6]);
        sums.put("holdout3", new int[6]);
        sums.put("holdout4", new int[6]);
        sums.put("holdout5", new int[6]);
        sums.put("holdout6", new int[6]);
        sums.put("holdout7", new int[6]);
        for (Posting p : postings()) {
            JobRequirements req = extractor.extract(JobPageAccuracy.resource(DIR + p.file()));
            List<SkillRequirement> all = new ArrayList<>(req.required());
            all.addAll(req.preferred());
            int[] s = sums.get(p.split());
            s[0]++;
            for (SkillRequirement r : all) {
                s[2]++;
                if (p.gold().stream().anyMatch(g -> matches(r, g))) {
                    s[1]++;
                } else {
                    misses.add("FP " + p.file() + ": " + r.skill().name() + " <- \"" + r.evidence() + "\"");
                }
            }
            for (String g : p.gold()) {
                s[4]++;
                if (all.stream().anyMatch(r -> matches(r, g))) {
                    s[3]++;
                    List<SkillRequirement> sameList = p.preferredGold().contains(g) ? req.preferred() : req.required();
                    if (sameList.stream().anyMatch(r -> matches(r, g))) {
                        s[5]++;
                    } else {
                        misses.add("LEVEL " + p.file() + ": " + g + " labelled " + (sameList == req.required() ? "required" : "preferred"));
                    }
                } else {
                    misses.add("FN " + p.file() + ": " + g);
                }
            }
        }
        Map<String, Score> out = new LinkedHashMap<>();
        sums.forEach((split, s) -> out.put(split, new Score(split, s[0], s[1], s[2], s[3], s[4], s[5])));
        return out;
    }

    /** Lenient: the skill's name or an alias and the span share their words, or one holds the other. */
    static boolean matches(SkillRequirement r, String gold) {
        String g = " " + JobPageAccuracy.norm(gold) + " ";
        List<String> names = new ArrayList<>(r.skill().aliases());
        names.add(r.skill().name());
        for (String name : names) {
            String n = " " + JobPageAccuracy.norm(name) + " ";
            if (n.isBlank()) {
                continue;
            }
            if (g.contains(n) || n.contains(g)) {
                return true;
            }
        }
        return false;
    }
}
