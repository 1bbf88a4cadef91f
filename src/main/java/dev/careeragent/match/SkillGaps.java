package dev.careeragent.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the skills missing across the top matches, most frequent first. */
public final class SkillGaps {

    private SkillGaps() {
    }

    /** Gaps over the {@code topN} best non-excluded results (they need not be sorted). */
    public static List<SkillGap> of(Collection<MatchResult> results, int topN) {
        List<MatchResult> top = results.stream().filter(r -> !r.excluded())
                .sorted(Comparator.comparingDouble(MatchResult::score).reversed()).limit(topN).toList();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> related = new HashMap<>();
        for (MatchResult r : top) {
            MatchExplanation why = r.explanation();
            why.missingRequired().forEach(s -> counts.computeIfAbsent(s, k -> new int[2])[0]++);
            why.missingPreferred().forEach(s -> counts.computeIfAbsent(s, k -> new int[2])[1]++);
            for (MatchExplanation.PartialMatch m : why.partialMatches()) {
                counts.computeIfAbsent(m.skill(), k -> new int[2])[m.required() ? 0 : 1]++;
                related.putIfAbsent(m.skill(), m.via());
            }
        }
        List<SkillGap> gaps = new ArrayList<>();
        counts.forEach((skill, c) -> gaps.add(new SkillGap(skill, c[0] + c[1], top.size(), c[0] >= c[1], related.get(skill))));
        gaps.sort(Comparator.comparingInt(SkillGap::postings).reversed().thenComparing(SkillGap::skill));
        return gaps;
    }
}
