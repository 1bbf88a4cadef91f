package dev.careeragent.analytics;

import dev.careeragent.analytics.AnalyticsReport.Outcome;
import dev.careeragent.analytics.AnalyticsReport.Responses;
import dev.careeragent.analytics.AnalyticsReport.Stage;
import dev.careeragent.analytics.AnalyticsReport.WeekCount;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The application figures: funnel, responses, applications per week, outcomes by source and by score band. */
public final class PipelineFigures {

    static final List<String> STAGES = List.of("Saved", "Applied", "Interview", "Offer");
    /** Score bands, best first, with their lowest score; jobs never scored go to {@link #NOT_SCORED}. */
    static final List<Map.Entry<String, Double>> BANDS = List.of(Map.entry("80-100", 80.0), Map.entry("60-79", 60.0),
            Map.entry("40-59", 40.0), Map.entry("0-39", 0.0));
    static final String NOT_SCORED = "Not scored";
    static final String UNKNOWN_SOURCE = "Unknown";

    private PipelineFigures() {
    }

    public static List<Stage> funnel(List<ApplicationFacts> applications) {
        long[] reached = new long[STAGES.size()];
        for (ApplicationFacts a : applications) {
            for (int stage = 0; stage <= a.stage(); stage++) {
                reached[stage]++;
            }
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < reached.length; i++) {
            stages.add(new Stage(STAGES.get(i), reached[i], i == 0 ? null : share(reached[i], reached[i - 1])));
        }
        return stages;
    }

    /** Response rate of the applications sent, and the days from sending to the first answer. */
    public static Responses responses(List<ApplicationFacts> applications, ZoneId zone) {
        long sent = 0;
        long responded = 0;
        List<Double> days = new ArrayList<>();
        for (ApplicationFacts a : applications) {
            if (!a.wasSent()) {
                continue;
            }
            sent++;
            if (a.gotResponse()) {
                responded++;
                Optional<Instant> from = a.sentAt(zone);
                Optional<Instant> answer = a.firstResponseAt();
                if (from.isPresent() && answer.isPresent() && !answer.get().isBefore(from.get())) {
                    days.add(Duration.between(from.get(), answer.get()).toMinutes() / (24 * 60.0));
                }
            }
        }
        days.sort(Double::compare);
        Double average = days.isEmpty() ? null : days.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new Responses(sent, responded, share(responded, sent), median(days), average);
    }

    /** Applications sent per week (weeks start on Monday), the {@code weeks} weeks up to and including {@code today}'s. */
    public static List<WeekCount> perWeek(List<ApplicationFacts> applications, LocalDate today, int weeks, ZoneId zone) {
        LocalDate last = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = last.minusWeeks(weeks - 1L);
        Map<LocalDate, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < weeks; i++) {
            counts.put(first.plusWeeks(i), 0L);
        }
        for (ApplicationFacts a : applications) {
            a.sentOn(zone).map(day -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                    .filter(counts::containsKey).ifPresent(week -> counts.merge(week, 1L, Long::sum));
        }
        return counts.entrySet().stream().map(e -> new WeekCount(e.getKey(), e.getValue())).toList();
    }

    /** Outcomes per source, most applications first (ties by name). */
    public static List<Outcome> bySource(List<ApplicationFacts> applications) {
        List<Outcome> rows = outcomes(applications, a -> a.source() == null ? UNKNOWN_SOURCE : a.source());
        return rows.stream().sorted(Comparator.comparingLong(Outcome::sent).reversed().thenComparing(Outcome::group)).toList();
    }

    /** Outcomes per match-score band, best band first, then the jobs never scored. */
    public static List<Outcome> byScoreBand(List<ApplicationFacts> applications) {
        Map<String, Outcome> found = new LinkedHashMap<>();
        outcomes(applications, PipelineFigures::band).forEach(o -> found.put(o.group(), o));
        List<Outcome> rows = new ArrayList<>();
        for (Map.Entry<String, Double> band : BANDS) {
            rows.add(found.getOrDefault(band.getKey(), new Outcome(band.getKey(), 0, 0, 0, 0)));
        }
        rows.add(found.getOrDefault(NOT_SCORED, new Outcome(NOT_SCORED, 0, 0, 0, 0)));
        return rows;
    }

    static String band(ApplicationFacts a) {
        if (a.score() == null) {
            return NOT_SCORED;
        }
        return BANDS.stream().filter(b -> a.score() >= b.getValue()).findFirst().orElseThrow().getKey();
    }

    private static List<Outcome> outcomes(List<ApplicationFacts> applications, Function<ApplicationFacts, String> group) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (ApplicationFacts a : applications) {
            if (!a.wasSent()) {
                continue;
            }
            long[] c = counts.computeIfAbsent(group.apply(a), g -> new long[4]);
            c[0]++;
            c[1] += a.gotResponse() ? 1 : 0;
            c[2] += a.stage() >= ApplicationFacts.INTERVIEW ? 1 : 0;
            c[3] += a.stage() >= ApplicationFacts.OFFER ? 1 : 0;
        }
        return counts.entrySet().stream().map(e -> new Outcome(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                e.getValue()[3])).toList();
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
