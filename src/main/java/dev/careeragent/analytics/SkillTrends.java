package dev.careeragent.analytics;

import dev.careeragent.analytics.AnalyticsReport.SkillSeries;
import dev.careeragent.analytics.AnalyticsReport.SkillTrend;
import dev.careeragent.analytics.AnalyticsStore.SkillMiss;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The skills most often missing in the jobs the user sent applications to, and how often each was missing per month
 * of sending. Skills are told apart without case ("SQL" and "sql" are one skill, shown as first seen).
 */
public final class SkillTrends {

    private SkillTrends() {
    }

    /** The {@code top} skills over the {@code months} months up to {@code today}'s, most missed first (ties by name). */
    public static SkillTrend of(List<ApplicationFacts> applications, List<SkillMiss> misses, LocalDate today, int months,
            int top, ZoneId zone) {
        YearMonth last = YearMonth.from(today);
        List<YearMonth> window = new ArrayList<>();
        for (int i = months - 1; i >= 0; i--) {
            window.add(last.minusMonths(i));
        }
        Map<Long, YearMonth> sentIn = new HashMap<>();
        for (ApplicationFacts a : applications) {
            a.sentOn(zone).map(YearMonth::from).filter(window::contains).ifPresent(m -> sentIn.put(a.id(), m));
        }
        Map<String, String> shown = new HashMap<>();
        Map<String, long[]> counts = new TreeMap<>();
        for (SkillMiss miss : misses) {
            YearMonth month = sentIn.get(miss.applicationId());
            if (month == null || miss.skill() == null || miss.skill().isBlank()) {
                continue;
            }
            String key = miss.skill().strip().toLowerCase(Locale.ROOT);
            shown.putIfAbsent(key, miss.skill().strip());
            counts.computeIfAbsent(key, k -> new long[months])[window.indexOf(month)]++;
        }
        List<SkillSeries> series = counts.entrySet().stream()
                .map(e -> new SkillSeries(shown.get(e.getKey()), java.util.Arrays.stream(e.getValue()).sum(),
                        java.util.Arrays.stream(e.getValue()).boxed().toList()))
                .sorted(Comparator.comparingLong(SkillSeries::total).reversed()
                        .thenComparing(s -> s.skill().toLowerCase(Locale.ROOT)))
                .limit(top).toList();
        return new SkillTrend(window, series);
    }
}
