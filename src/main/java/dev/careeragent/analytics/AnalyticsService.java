package dev.careeragent.analytics;

import dev.careeragent.analytics.AnalyticsReport.ScoreDistribution;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** The Analytics page's figures from the stored history, all at once. Call it off the UI thread. */
public final class AnalyticsService {

    /** Weeks in the applications-per-week chart. */
    public static final int WEEKS = 12;
    /** Months in the missing-skills trend. */
    public static final int MONTHS = 6;
    /** Skills in the missing-skills trend. */
    public static final int TOP_SKILLS = 5;
    /** A job first seen this many days ago or later is new for the score distribution. */
    public static final int NEW_JOB_DAYS = 30;

    private final AnalyticsStore store;
    private final Supplier<Optional<Long>> scoredResume;
    private final Clock clock;

    /** {@code scoredResume}: the resume version the match feature scores against now, if any. */
    public AnalyticsService(AnalyticsStore store, Supplier<Optional<Long>> scoredResume, Clock clock) {
        this.store = store;
        this.scoredResume = scoredResume;
        this.clock = clock;
    }

    public AnalyticsReport report() {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Long resume = scoredResume.get().orElse(null);
        // Two independent halves of the reading, one on another core: about half the time on an idle machine.
        CompletableFuture<List<AnalyticsStore.SkillMiss>> misses = CompletableFuture.supplyAsync(() -> store.missingSkills(resume));
        CompletableFuture<List<AnalyticsStore.TrackedSalary>> salaries = misses.thenApply(m -> store.trackedSalaries());
        List<ApplicationFacts> applications = store.applications(resume);
        LocalDate since = today.minusDays(NEW_JOB_DAYS);
        long[] tenths = resume == null ? new long[10] : store.scoreTenths(resume, since.atStartOfDay(zone).toInstant());
        return new AnalyticsReport(now, PipelineFigures.funnel(applications), PipelineFigures.responses(applications, zone),
                PipelineFigures.perWeek(applications, today, WEEKS, zone), PipelineFigures.bySource(applications),
                PipelineFigures.byScoreBand(applications),
                new ScoreDistribution(since, resume != null, Arrays.stream(tenths).boxed().toList()),
                SkillTrends.of(applications, join(misses), today, MONTHS, TOP_SKILLS, zone), SalaryFigures.of(join(salaries)));
    }

    /** The result, or the store's own failure as it was thrown. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
