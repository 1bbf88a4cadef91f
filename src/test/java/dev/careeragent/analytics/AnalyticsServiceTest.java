package dev.careeragent.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.careeragent.analytics.AnalyticsReport.Band;
import dev.careeragent.analytics.AnalyticsReport.Outcome;
import dev.careeragent.analytics.AnalyticsReport.SkillSeries;
import dev.careeragent.analytics.AnalyticsReport.Stage;
import dev.careeragent.analytics.store.AnalyticsRepository;
import dev.careeragent.store.Database;
import dev.careeragent.testing.TestDatabases;
import dev.careeragent.tracker.model.ApplicationStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every figure over the known history of {@link AnalyticsFixture}, each expected number worked out by hand below. */
class AnalyticsServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private AnalyticsFixture data;
    private AnalyticsService analytics;

    @BeforeEach
    void seed() {
        db = TestDatabases.open(dir.resolve("data"));
        data = new AnalyticsFixture(db, dir.resolve("data"));
        analytics = new AnalyticsService(new AnalyticsRepository(db), () -> Optional.of(data.resume), data.clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void funnelCountsEveryApplicationInEachStageItReached() {
        // A1 offer; A2 rejected (was sent); A3 interview; A4 no answer (sent); A5 saved; A6 withdrawn after applying.
        // Saved 6, applied 5 (not A5), interview 2 (A1, A3), offer 1 (A1): 5/6, 2/5, 1/2.
        assertThat(analytics.report().funnel()).extracting(Stage::name, Stage::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Saved", 6L), org.assertj.core.groups.Tuple.tuple("Applied", 5L),
                        org.assertj.core.groups.Tuple.tuple("Interview", 2L), org.assertj.core.groups.Tuple.tuple("Offer", 1L));
        List<Stage> funnel = analytics.report().funnel();
        assertThat(funnel.get(0).conversion()).isNull();
        assertThat(funnel.get(1).conversion()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(funnel.get(2).conversion()).isCloseTo(0.4, within(1e-9));
        assertThat(funnel.get(3).conversion()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void responseRateAndDaysToTheFirstAnswer() {
        // Sent 5; answered: A1 (screening after 3 days), A2 (rejected after 10), A3 (interview after 2).
        // Rate 3/5; days 2, 3, 10: median 3, average 5.
        AnalyticsReport.Responses r = analytics.report().responses();
        assertThat(r.sent()).isEqualTo(5);
        assertThat(r.responded()).isEqualTo(3);
        assertThat(r.rate()).isCloseTo(0.6, within(1e-9));
        assertThat(r.medianDays()).isCloseTo(3.0, within(1e-9));
        assertThat(r.averageDays()).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void applicationsPerWeekOverTwelveWeeksEndingThisWeek() {
        // Sent on 02-02 and 02-03 (week of 02-02), 03-02 (week of 03-02), 03-09 and 03-11 (week of 03-09).
        List<AnalyticsReport.WeekCount> weeks = analytics.report().perWeek();
        assertThat(weeks).hasSize(12);
        assertThat(weeks.get(0).weekStart()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(weeks.get(11).weekStart()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(weeks).filteredOn(w -> w.applications() > 0)
                .extracting(AnalyticsReport.WeekCount::weekStart, AnalyticsReport.WeekCount::applications)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 2), 2L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 2), 1L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 9), 2L));
    }

    @Test
    void outcomesBySourceCountOnlyApplicationsSent() {
        // LinkedIn: A1 (answer, interview, offer) and A2 (answer); the saved A5 is not counted. Referral: A3.
        // Company site is A4's channel (no source given). A6 has neither: Unknown.
        assertThat(analytics.report().bySource()).containsExactly(new Outcome("LinkedIn", 2, 2, 1, 1),
                new Outcome("Company site", 1, 0, 0, 0), new Outcome("Referral", 1, 1, 1, 0), new Outcome("Unknown", 1, 0, 0, 0));
    }

    @Test
    void outcomesByScoreBandUseTheScoreOfTheResumeSent() {
        // A1 85 and A4 91: 80-100. A2 72: 60-79. A3 was sent with resume two, which scored P3 55 (20 against the
        // current resume): 40-59. A6 has no job: not scored.
        assertThat(analytics.report().byScoreBand()).containsExactly(new Outcome("80-100", 2, 1, 1, 1),
                new Outcome("60-79", 1, 1, 0, 0), new Outcome("40-59", 1, 1, 1, 0), new Outcome("0-39", 0, 0, 0, 0),
                new Outcome("Not scored", 1, 0, 0, 0));
    }

    @Test
    void scoreDistributionOfJobsFirstSeenInTheLast30Days() {
        // New since 02-14 and not excluded: P1 85, P2 72, P4 91, P5 64, P7 100 (tenth 9 holds 90-100).
        // P3 and P6 are older; P8 is excluded.
        AnalyticsReport.ScoreDistribution scores = analytics.report().scores();
        assertThat(scores.scored()).isTrue();
        assertThat(scores.since()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(scores.tenths()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 1L, 2L);
    }

    @Test
    void missingSkillsTrendOfJobsAppliedTo() {
        // Feb: A1 Kubernetes, Go; A2 Kubernetes, SQL. Mar: A3 sql, Spark (resume two; not Cobol); A4 Kubernetes.
        // Rust is missing only in P5, which nobody applied to.
        AnalyticsReport.SkillTrend trend = analytics.report().missingSkills();
        assertThat(trend.months()).containsExactly(YearMonth.of(2025, 10), YearMonth.of(2025, 11), YearMonth.of(2025, 12),
                YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(trend.skills()).containsExactly(new SkillSeries("Kubernetes", 3, List.of(0L, 0L, 0L, 0L, 2L, 1L)),
                new SkillSeries("SQL", 2, List.of(0L, 0L, 0L, 0L, 1L, 1L)), new SkillSeries("Go", 1, List.of(0L, 0L, 0L, 0L, 1L, 0L)),
                new SkillSeries("Spark", 1, List.of(0L, 0L, 0L, 0L, 0L, 1L)));
    }

    @Test
    void salaryRangesOfTrackedJobsPerYearInTheMostCommonCurrency() {
        // EUR per year: P1 60-80k, P2 48-60k (4-5k a month), P4 90k (one end). USD (P3) is the other currency.
        // Lows 48, 60, 90k: lowest 48k, median 60k. Highs 60, 80, 90k: median 80k, highest 90k.
        // Midpoints 70k, 54k, 90k fall in 60-80k, 40-60k and 80-100k.
        AnalyticsReport.SalaryRanges s = analytics.report().salaries();
        assertThat(s.currency()).isEqualTo("EUR");
        assertThat(s.jobs()).isEqualTo(3);
        assertThat(s.otherCurrencies()).isEqualTo(1);
        assertThat(s.lowest()).isEqualTo(48_000.0);
        assertThat(s.medianLow()).isEqualTo(60_000.0);
        assertThat(s.medianHigh()).isEqualTo(80_000.0);
        assertThat(s.highest()).isEqualTo(90_000.0);
        assertThat(s.bands()).containsExactly(new Band("40k-60k", 1), new Band("60k-80k", 1), new Band("80k-100k", 1));
    }

    @Test
    void aMoveOnTheBoardChangesTheFiguresAtOnce() {
        // A4 gets an interview invitation today: 3 interviews now, 4 answers of 5.
        data.move(4, ApplicationStatus.INTERVIEW, "2026-03-16T09:30:00Z");
        AnalyticsReport report = analytics.report();
        assertThat(report.funnel().get(2).count()).isEqualTo(3);
        assertThat(report.responses().responded()).isEqualTo(4);
    }

    @Test
    void withNoResumeScoredTheScoreFiguresSayNotScored() {
        AnalyticsService unscored = new AnalyticsService(new AnalyticsRepository(db), Optional::empty, data.clock);
        AnalyticsReport report = unscored.report();
        assertThat(report.scores().scored()).isFalse();
        assertThat(report.scores().total()).isZero();
        // Only A3's own resume version scored its job.
        assertThat(report.byScoreBand()).filteredOn(o -> o.sent() > 0).extracting(Outcome::group, Outcome::sent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("40-59", 1L), org.assertj.core.groups.Tuple.tuple("Not scored", 4L));
        assertThat(report.funnel().get(0).count()).isEqualTo(6);
    }

    @Test
    void anEmptyDatabaseGivesZerosAndNoRates() {
        try (Database empty = TestDatabases.open(dir.resolve("empty"))) {
            AnalyticsReport report = new AnalyticsService(new AnalyticsRepository(empty), Optional::empty, data.clock).report();
            assertThat(report.funnel()).extracting(Stage::count).containsOnly(0L);
            assertThat(report.funnel()).extracting(Stage::conversion).containsOnlyNulls();
            assertThat(report.responses().rate()).isNull();
            assertThat(report.responses().medianDays()).isNull();
            assertThat(report.salaries().currency()).isNull();
            assertThat(report.missingSkills().skills()).isEmpty();
        }
    }
}
