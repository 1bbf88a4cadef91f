package dev.careeragent.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.analytics.AnalyticsStore.NewMatch;
import dev.careeragent.analytics.TodayAgenda.FollowUp;
import dev.careeragent.analytics.store.AnalyticsRepository;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.match.MatchExplanation;
import dev.careeragent.match.MatchResult;
import dev.careeragent.match.store.MatchStore;
import dev.careeragent.resume.store.ResumeVersionRepository;
import dev.careeragent.store.Database;
import dev.careeragent.testing.TestDatabases;
import dev.careeragent.tracker.InterviewService;
import dev.careeragent.tracker.NewApplication;
import dev.careeragent.tracker.OfferService;
import dev.careeragent.tracker.PrepTopics;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.Interview;
import dev.careeragent.tracker.model.Offer;
import dev.careeragent.tracker.store.InterviewStore;
import dev.careeragent.tracker.store.OfferStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today's agenda over {@link AnalyticsFixture}'s history plus follow-ups, interviews and offers added here. */
class DashboardServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private AnalyticsFixture data;
    private InterviewService interviews;
    private OfferService offers;
    private DashboardService dashboard;

    @BeforeEach
    void seed() {
        db = TestDatabases.open(dir.resolve("data"));
        data = new AnalyticsFixture(db, dir.resolve("data"));
        interviews = new InterviewService(new InterviewStore(db), data.tracker, PrepTopics.NONE, data.events, data.clock);
        offers = new OfferService(new OfferStore(db), data.tracker);
        dashboard = new DashboardService(new DashboardService.Sources(new ResumeVersionRepository(db), data.postings,
                data.tracker, interviews, offers, () -> Optional.of(data.resume)), new AnalyticsRepository(db), () -> 80, data.clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void followUpsDueAndApplicationsQuietTooLong() {
        Application a3 = data.tracker.require(data.application[3]);
        data.tracker.save(withFollowUp(a3, LocalDate.of(2026, 3, 15)));
        Application a2 = data.tracker.require(data.application[2]);
        data.tracker.save(withFollowUp(a2, LocalDate.of(2026, 3, 10))); // rejected: closed, no follow-up
        data.clock.set(Instant.parse("2026-02-20T10:00:00Z"));
        Application quiet = data.tracker.track(new NewApplication(null, "Quiet Co", "Analyst", ApplicationStatus.APPLIED,
                null, null, null, null, null, null, null, null));
        data.clock.set(AnalyticsFixture.TODAY);

        List<FollowUp> due = dashboard.today(AnalyticsFixture.TODAY).followUps();

        assertThat(due).containsExactly(new FollowUp(a3.id(), "Gamma", "Data Engineer", "follow-up was due 2026-03-15"),
                new FollowUp(quiet.id(), "Quiet Co", "Analyst", "no answer for 24 days"));
    }

    @Test
    void interviewsFromTheStartOfTodayForAWeek() {
        interviews.schedule(data.application[3], ZonedDateTime.parse("2026-03-17T14:00:00Z"), 60, Interview.Kind.VIDEO,
                "Ann", "https://meet.example/x");
        interviews.schedule(data.application[1], ZonedDateTime.parse("2026-03-16T08:00:00Z"), 30, Interview.Kind.PHONE,
                null, null);
        interviews.schedule(data.application[1], ZonedDateTime.parse("2026-03-30T08:00:00Z"), 30, Interview.Kind.ON_SITE,
                null, "Acme HQ");
        interviews.schedule(data.application[1], ZonedDateTime.parse("2026-03-15T08:00:00Z"), 30, Interview.Kind.PHONE,
                null, null);

        assertThat(dashboard.today(AnalyticsFixture.TODAY).interviews())
                .extracting(TodayAgenda.UpcomingInterview::company, i -> i.start().toInstant(), TodayAgenda.UpcomingInterview::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Acme", Instant.parse("2026-03-16T08:00:00Z"), "Phone"),
                        org.assertj.core.groups.Tuple.tuple("Gamma", Instant.parse("2026-03-17T14:00:00Z"), "Video"));
    }

    @Test
    void offersWhoseDeadlineIsWithinTwoWeeks() {
        offers.save(offer(data.application[1], LocalDate.of(2026, 3, 20)));
        offers.save(offer(data.application[3], LocalDate.of(2026, 4, 30)));
        offers.save(offer(data.application[3], LocalDate.of(2026, 3, 10)));

        assertThat(dashboard.today(AnalyticsFixture.TODAY).offers())
                .extracting(TodayAgenda.OfferDeadline::company, TodayAgenda.OfferDeadline::deadline, TodayAgenda.OfferDeadline::daysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Acme", LocalDate.of(2026, 3, 20), 4L));
    }

    @Test
    void newHighMatchesSinceTheLastVisit() {
        // First visit: the last 7 days (after 03-09 10:00). P7 100, P4 91, P1 85; P8 (95) is excluded, P2 (72) too low.
        Instant since = dashboard.beginVisit();
        assertThat(since).isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
        assertThat(dashboard.today(since).newMatches()).extracting(NewMatch::company, NewMatch::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lead", 100.0),
                        org.assertj.core.groups.Tuple.tuple("Delta", 91.0), org.assertj.core.groups.Tuple.tuple("Acme", 85.0));

        // The next visit, an hour later, sees only what arrived in between.
        data.clock.advance(Duration.ofHours(1));
        long fresh = data.postings.save(JobPosting.builder().source("test").sourceId("fresh").title("Staff Engineer")
                .company("Fresh").firstSeen(Instant.parse("2026-03-16T10:30:00Z")).build()).id();
        new MatchStore(db, data.clock).saveScores(data.resume, "profile", List.of(new MatchResult(fresh, "x", 88, false,
                new MatchExplanation(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of()), "h")));
        Instant next = dashboard.beginVisit();
        assertThat(next).isEqualTo(AnalyticsFixture.TODAY);
        assertThat(dashboard.today(next).newMatches()).extracting(NewMatch::company).containsExactly("Fresh");
    }

    @Test
    void withNoResumeScoredThereAreNoMatchesToShow() {
        DashboardService unscored = new DashboardService(new DashboardService.Sources(new ResumeVersionRepository(db),
                data.postings, data.tracker, interviews, offers, Optional::empty), new AnalyticsRepository(db), () -> 80, data.clock);
        TodayAgenda agenda = unscored.today(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(agenda.canScore()).isFalse();
        assertThat(agenda.newMatches()).isEmpty();
    }

    private static Application withFollowUp(Application a, LocalDate on) {
        return new Application(a.id(), a.jobPostingId(), a.resumeVersionId(), a.company(), a.title(), a.status(), a.channel(),
                a.link(), a.source(), a.appliedOn(), a.resumeFile(), a.coverLetterFile(), a.notes(), on, a.createdAt(), a.updatedAt());
    }

    private static Offer offer(long application, LocalDate deadline) {
        return new Offer(null, application, "EUR", 70_000, 0, 0, 4, 0, 0, null, 25, "Berlin", false, null, deadline);
    }
}
