package dev.careeragent.analytics;

import dev.careeragent.analytics.AnalyticsReport.Band;
import dev.careeragent.analytics.AnalyticsReport.SalaryRanges;
import dev.careeragent.analytics.AnalyticsStore.TrackedSalary;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Salary ranges of tracked jobs as yearly amounts (hourly, daily, weekly and monthly pay converted the way job search
 * compares salaries). A range with one end uses it for both.
 */
public final class SalaryFigures {

    /** Width of a band of yearly midpoints. */
    static final double BAND = 20_000;
    static final String NO_CURRENCY = "?";

    private SalaryFigures() {
    }

    public static SalaryRanges of(List<TrackedSalary> salaries) {
        Map<String, Long> perCurrency = salaries.stream().collect(Collectors.groupingBy(SalaryFigures::currency,
                TreeMap::new, Collectors.counting()));
        if (perCurrency.isEmpty()) {
            return new SalaryRanges(null, 0, 0, null, null, null, null, List.of());
        }
        String currency = perCurrency.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        List<double[]> ranges = salaries.stream().filter(s -> currency.equals(currency(s))).map(SalaryFigures::yearly).toList();
        List<Double> lows = sorted(ranges, r -> r[0]);
        List<Double> highs = sorted(ranges, r -> r[1]);
        Map<Long, Long> bands = new TreeMap<>();
        for (double[] r : ranges) {
            bands.merge((long) Math.floor((r[0] + r[1]) / 2 / BAND), 1L, Long::sum);
        }
        List<Band> shown = new ArrayList<>();
        bands.forEach((band, jobs) -> shown.add(new Band(label(band * BAND) + "-" + label((band + 1) * BAND), jobs)));
        return new SalaryRanges(currency, ranges.size(), salaries.size() - ranges.size(), lows.get(0),
                highs.get(highs.size() - 1), PipelineFigures.median(lows), PipelineFigures.median(highs), shown);
    }

    private static String currency(TrackedSalary s) {
        return s.currency() == null || s.currency().isBlank() ? NO_CURRENCY : s.currency().strip().toUpperCase(Locale.ROOT);
    }

    /** [low, high] per year. */
    static double[] yearly(TrackedSalary s) {
        int perYear = s.period() == null ? 1 : SalaryPeriod.valueOf(s.period()).perYear();
        double low = s.min() != null ? s.min() : s.max();
        double high = s.max() != null ? s.max() : s.min();
        return new double[] {Math.min(low, high) * perYear, Math.max(low, high) * perYear};
    }

    private static List<Double> sorted(List<double[]> ranges, Function<double[], Double> end) {
        return ranges.stream().map(end).sorted().toList();
    }

    /** 60000 -> "60k". */
    private static String label(double amount) {
        return Math.round(amount / 1000) + "k";
    }
}
