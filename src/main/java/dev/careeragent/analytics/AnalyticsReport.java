package dev.careeragent.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Every figure of the Analytics page, computed at {@code computedAt} from the stored history. */
public record AnalyticsReport(Instant computedAt, List<Stage> funnel, Responses responses, List<WeekCount> perWeek,
        List<Outcome> bySource, List<Outcome> byScoreBand, ScoreDistribution scores, SkillTrend missingSkills,
        SalaryRanges salaries) {

    public AnalyticsReport {
        funnel = List.copyOf(funnel);
        perWeek = List.copyOf(perWeek);
        bySource = List.copyOf(bySource);
        byScoreBand = List.copyOf(byScoreBand);
    }

    /** A funnel stage: applications that reached it, and the share of the previous stage's (null for the first or 0 of 0). */
    public record Stage(String name, long count, Double conversion) {
    }

    /** Of the applications sent, how many got any answer, and the days to the first answer (null when none). */
    public record Responses(long sent, long responded, Double rate, Double medianDays, Double averageDays) {
    }

    public record WeekCount(LocalDate weekStart, long applications) {
    }

    /** What became of the applications sent from one source or score band. */
    public record Outcome(String group, long sent, long responses, long interviews, long offers) {

        /** Interviews per application sent; null when none was sent. */
        public Double interviewRate() {
            return sent == 0 ? null : (double) interviews / sent;
        }
    }

    /** New jobs (first seen on or after {@code since}) by score tenth; {@code scored} is false with no resume to score against. */
    public record ScoreDistribution(LocalDate since, boolean scored, List<Long> tenths) {

        public ScoreDistribution {
            tenths = List.copyOf(tenths);
        }

        public long total() {
            return tenths.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The skills most often missing in jobs applied to, counted per month of sending. */
    public record SkillTrend(List<YearMonth> months, List<SkillSeries> skills) {

        public SkillTrend {
            months = List.copyOf(months);
            skills = List.copyOf(skills);
        }
    }

    public record SkillSeries(String skill, long total, List<Long> perMonth) {

        public SkillSeries {
            perMonth = List.copyOf(perMonth);
        }
    }

    /**
     * Yearly salaries of tracked jobs in their most common currency: lowest and highest amount, medians of the low
     * and high ends, and how many jobs fall in each band of yearly midpoint. Jobs paid in other currencies are counted.
     */
    public record SalaryRanges(String currency, long jobs, long otherCurrencies, Double lowest, Double highest,
            Double medianLow, Double medianHigh, List<Band> bands) {

        public SalaryRanges {
            bands = List.copyOf(bands);
        }
    }

    public record Band(String label, long jobs) {
    }
}
