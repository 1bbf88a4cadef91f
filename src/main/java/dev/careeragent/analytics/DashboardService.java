package dev.careeragent.analytics;

import dev.careeragent.analytics.TodayAgenda.FollowUp;
import dev.careeragent.analytics.TodayAgenda.OfferDeadline;
import dev.careeragent.analytics.TodayAgenda.UpcomingInterview;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.resume.store.ResumeVersionRepository;
import dev.careeragent.tracker.InterviewService;
import dev.careeragent.tracker.OfferService;
import dev.careeragent.tracker.TrackerService;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.Interview;
import dev.careeragent.tracker.model.Offer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Counts and today's agenda for the Dashboard, straight from the services. Call it off the UI thread. */
public final class DashboardService {

    /** Interviews this many days ahead are shown. */
    static final int INTERVIEW_DAYS = 7;
    /** Offers whose deadline is at most this many days away are shown. */
    static final int OFFER_DAYS = 14;
    /** With no visit recorded, "new" means first seen this many days ago or later. */
    static final int FIRST_VISIT_DAYS = 7;
    static final int LIMIT = 5;

    /** What the Dashboard reads from the other features. */
    public record Sources(ResumeVersionRepository resumes, JobPostingRepository postings, TrackerService applications,
            InterviewService interviews, OfferService offers, Supplier<Optional<Long>> scoredResume) {
    }

    private final Sources sources;
    private final AnalyticsStore store;
    private final IntSupplier highMatchScore;
    private final Clock clock;

    /** {@code highMatchScore}: the score from which a new job counts as a high match (the alert threshold). */
    public DashboardService(Sources sources, AnalyticsStore store, IntSupplier highMatchScore, Clock clock) {
        this.sources = sources;
        this.store = store;
        this.highMatchScore = highMatchScore;
        this.clock = clock;
    }

    public DashboardCounts counts() {
        List<Application> applications = sources.applications().all();
        Map<ApplicationStatus, Long> open = applications.stream().map(Application::status)
                .filter(status -> !status.isClosed()).collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        return new DashboardCounts(sources.resumes().count(), sources.postings().countActive(), applications.size(), open);
    }

    /** Starts a visit: returns when the previous one was (a week ago for the first) and remembers this one. */
    public Instant beginVisit() {
        Instant now = clock.instant();
        Instant since = store.lastVisit().orElse(now.minus(Duration.ofDays(FIRST_VISIT_DAYS)));
        store.recordVisit(now);
        return since;
    }

    /** Today's agenda; new matches are those first seen after {@code newSince}. */
    public TodayAgenda today(Instant newSince) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Application> applications = new LinkedHashMap<>();
        sources.applications().all().forEach(a -> applications.put(a.id(), a));
        Optional<Long> resume = sources.scoredResume().get();
        return new TodayAgenda(today, followUps(applications.values(), today), interviews(applications), newSince,
                resume.isPresent(), resume.map(r -> store.newMatches(r, newSince, highMatchScore.getAsInt(), LIMIT)).orElse(List.of()),
                offers(applications, today));
    }

    /** Follow-ups dated today or earlier, then applications quiet long enough to ask about; each once. */
    private List<FollowUp> followUps(java.util.Collection<Application> applications, LocalDate today) {
        Map<Long, FollowUp> due = new LinkedHashMap<>();
        applications.stream().filter(a -> !a.status().isClosed() && a.followUpOn() != null && !a.followUpOn().isAfter(today))
                .sorted(Comparator.comparing(Application::followUpOn))
                .forEach(a -> due.put(a.id(), followUp(a, a.followUpOn().isBefore(today)
                        ? "follow-up was due " + a.followUpOn() : "follow-up due today")));
        for (Application a : sources.applications().suggestNoAnswer()) {
            long days = Duration.between(a.updatedAt(), clock.instant()).toDays();
            due.putIfAbsent(a.id(), followUp(a, "no answer for " + days + " days"));
        }
        return due.values().stream().limit(LIMIT).toList();
    }

    private static FollowUp followUp(Application a, String reason) {
        return new FollowUp(a.id(), a.company(), a.title(), reason);
    }

    private List<UpcomingInterview> interviews(Map<Long, Application> applications) {
        Instant from = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        Instant until = clock.instant().plus(Duration.ofDays(INTERVIEW_DAYS));
        List<UpcomingInterview> out = new ArrayList<>();
        sources.interviews().all().stream()
                .filter(i -> !i.start().toInstant().isBefore(from) && i.start().toInstant().isBefore(until))
                .sorted(Comparator.comparing(Interview::start))
                .limit(LIMIT)
                .forEach(i -> {
                    Application a = applications.get(i.applicationId());
                    out.add(new UpcomingInterview(i.id(), i.applicationId(), a == null ? "" : a.company(),
                            a == null ? "" : a.title(), i.start(), i.kind().label(), i.place()));
                });
        return out;
    }

    private List<OfferDeadline> offers(Map<Long, Application> applications, LocalDate today) {
        List<OfferDeadline> out = new ArrayList<>();
        sources.offers().all().stream()
                .filter(o -> o.deadline() != null && !o.deadline().isBefore(today)
                        && !o.deadline().isAfter(today.plusDays(OFFER_DAYS)))
                .filter(o -> Optional.ofNullable(applications.get(o.applicationId())).map(a -> !a.status().isClosed()).orElse(true))
                .sorted(Comparator.comparing(Offer::deadline))
                .limit(LIMIT)
                .forEach(o -> {
                    Application a = applications.get(o.applicationId());
                    out.add(new OfferDeadline(o.id(), o.applicationId(), a == null ? "" : a.company(),
                            a == null ? "" : a.title(), o.deadline(), ChronoUnit.DAYS.between(today, o.deadline())));
                });
        return out;
    }
}
