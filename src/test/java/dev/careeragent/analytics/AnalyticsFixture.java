package dev.careeragent.analytics;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.match.MatchExplanation;
import dev.careeragent.match.MatchResult;
import dev.careeragent.match.store.MatchStore;
import dev.careeragent.store.Database;
import dev.careeragent.testing.MutableClock;
import dev.careeragent.testing.StoredScores;
import dev.careeragent.tracker.NewApplication;
import dev.careeragent.tracker.TrackerService;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.store.ApplicationStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A small known history written through the real services into a real SQLite file; the tests compute what the
 * figures must be from it by hand. "Today" is Monday 2026-03-16 (UTC).
 *
 * <pre>
 * posting  first seen  salary               score (current resume)  missing required / preferred
 * P1 Acme   03-10      60-80k EUR/yr        85                      Kubernetes / Go
 * P2 Beta   03-12      4-5k EUR/month       72                      Kubernetes, SQL / -
 * P3 Gamma  01-01      50-60 USD/hour       20 (55 vs resume two)   Cobol / - (sql / Spark vs resume two)
 * P4 Delta  03-15      90k EUR/yr (min)     91                      - / Kubernetes
 * P5 Eps    03-14      -                    64                      Rust / -        (not tracked)
 * P6 Zeta   02-01      -                    30                      -               (not tracked)
 * P7 Lead   03-13      -                    100                     -               (not tracked)
 * P8 Excl   03-13      -                    95, excluded            -               (not tracked)
 *
 * application  job  source        history (times UTC)
 * A1           P1   LinkedIn      applied 02-02 09:00, screening 02-05 09:00, interview 02-10, offer 02-20
 * A2           P2   LinkedIn      applied 02-03 09:00, rejected 02-13 09:00
 * A3           P3   Referral      applied 03-02 12:00 with resume two, interview 03-04 12:00
 * A4           P4   (channel) Company site   applied 03-09 09:00, no answer 03-16 08:00
 * A5           -    LinkedIn      saved 03-10
 * A6           -    (none)        applied 03-11 09:00, withdrawn 03-12 09:00
 * </pre>
 */
final class AnalyticsFixture {

    static final Instant TODAY = Instant.parse("2026-03-16T10:00:00Z");

    final MutableClock clock = new MutableClock(TODAY, ZoneOffset.UTC);
    final EventBus events = new EventBus();
    final TrackerService tracker;
    final JobPostingRepository postings;
    long resume;
    long resumeTwo;
    final long[] posting = new long[9];
    final long[] application = new long[7];

    AnalyticsFixture(Database db, Path dataRoot) {
        this.tracker = new TrackerService(new ApplicationStore(db), dataRoot, events, clock, () -> 14);
        this.postings = new JobPostingRepository(db, clock);
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            resume = StoredScores.newResumeVersion(st);
            resumeTwo = StoredScores.newResumeVersion(st);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        posting[1] = job("Java Developer", "Acme", "2026-03-10", 60_000, 80_000, "EUR", JobPosting.SalaryPeriod.YEAR);
        posting[2] = job("Kotlin Developer", "Beta", "2026-03-12", 4_000, 5_000, "EUR", JobPosting.SalaryPeriod.MONTH);
        posting[3] = job("Data Engineer", "Gamma", "2026-01-01", 50, 60, "USD", JobPosting.SalaryPeriod.HOUR);
        posting[4] = job("Backend Engineer", "Delta", "2026-03-15", 90_000, null, "EUR", JobPosting.SalaryPeriod.YEAR);
        posting[5] = job("Frontend Developer", "Eps", "2026-03-14", null, null, null, null);
        posting[6] = job("Ops Engineer", "Zeta", "2026-02-01", null, null, null, null);
        posting[7] = job("Lead Engineer", "Lead", "2026-03-13", null, null, null, null);
        posting[8] = job("Excluded Engineer", "Excl", "2026-03-13", null, null, null, null);
        MatchStore scores = new MatchStore(db, clock);
        scores.saveScores(resume, "profile", List.of(score(1, 85, List.of("Kubernetes"), List.of("Go")),
                score(2, 72, List.of("Kubernetes", "SQL"), List.of()), score(3, 20, List.of("Cobol"), List.of()),
                score(4, 91, List.of(), List.of("Kubernetes")), score(5, 64, List.of("Rust"), List.of()),
                score(6, 30, List.of(), List.of()), score(7, 100, List.of(), List.of()),
                new MatchResult(posting[8], "x", 95, true, explanation(List.of(), List.of()), "h")));
        scores.saveScores(resumeTwo, "profile", List.of(score(3, 55, List.of("sql"), List.of("Spark"))));

        application[1] = apply(1, "LinkedIn", null, null, "2026-02-02T09:00:00Z");
        move(1, ApplicationStatus.SCREENING, "2026-02-05T09:00:00Z");
        move(1, ApplicationStatus.INTERVIEW, "2026-02-10T09:00:00Z");
        move(1, ApplicationStatus.OFFER, "2026-02-20T09:00:00Z");
        application[2] = apply(2, "LinkedIn", null, null, "2026-02-03T09:00:00Z");
        move(2, ApplicationStatus.REJECTED, "2026-02-13T09:00:00Z");
        application[3] = apply(3, "Referral", null, resumeTwo, "2026-03-02T12:00:00Z");
        move(3, ApplicationStatus.INTERVIEW, "2026-03-04T12:00:00Z");
        application[4] = apply(4, null, "Company site", null, "2026-03-09T09:00:00Z");
        move(4, ApplicationStatus.NO_ANSWER, "2026-03-16T08:00:00Z");
        clock.set(Instant.parse("2026-03-10T09:00:00Z"));
        application[5] = tracker.track(new NewApplication(null, "Savers", "Saved Job", ApplicationStatus.SAVED, null, null,
                "LinkedIn", null, null, null, null, null)).id();
        clock.set(Instant.parse("2026-03-11T09:00:00Z"));
        application[6] = tracker.track(new NewApplication(null, "Nobody", "Withdrawn Job", ApplicationStatus.APPLIED, null,
                null, null, null, null, null, null, null)).id();
        move(6, ApplicationStatus.WITHDRAWN, "2026-03-12T09:00:00Z");
        clock.set(TODAY);
    }

    private long job(String title, String company, String firstSeen, Integer min, Integer max, String currency,
            JobPosting.SalaryPeriod period) {
        JobPosting.Builder b = JobPosting.builder().source("test").sourceId(title).title(title).company(company)
                .firstSeen(Instant.parse(firstSeen + "T08:00:00Z")).lastSeen(TODAY).salaryCurrency(currency).salaryPeriod(period);
        b.salaryMin(min == null ? null : BigDecimal.valueOf(min)).salaryMax(max == null ? null : BigDecimal.valueOf(max));
        return postings.save(b.build()).id();
    }

    private MatchResult score(int p, double score, List<String> required, List<String> preferred) {
        return new MatchResult(posting[p], "x", score, false, explanation(required, preferred), "h");
    }

    private static MatchExplanation explanation(List<String> required, List<String> preferred) {
        return new MatchExplanation(List.of(), required, preferred, List.of(), List.of(), Map.of(), List.of());
    }

    private long apply(int p, String source, String channel, Long resumeVersion, String at) {
        clock.set(Instant.parse(at));
        JobPosting job = postings.find(posting[p]).orElseThrow();
        Application a = tracker.track(new NewApplication(job.id(), job.company(), job.title(), ApplicationStatus.APPLIED,
                channel, null, source, null, resumeVersion, null, null, null));
        return a.id();
    }

    void move(int a, ApplicationStatus to, String at) {
        clock.set(Instant.parse(at));
        tracker.move(application[a], to, null);
    }
}
