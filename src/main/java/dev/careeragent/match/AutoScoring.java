package dev.careeragent.match;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.jobs.NewPostingsStored;
import dev.careeragent.match.MatchProgress;
import dev.careeragent.match.MatchResult;
import dev.careeragent.match.MatchService;
import dev.careeragent.match.ResumeProfiles;
import dev.careeragent.notify.AlertService;
import dev.careeragent.notify.model.ScoredPosting;
import dev.careeragent.resume.PrimaryResumeChanged;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.StoredResume;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.PlannedJob;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.ScheduledJob;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Keeps scores current: new postings are scored as they arrive (and high matches alerted), and a new
 * primary resume rescores everything. All work runs as background tasks, so the status bar shows it.
 */
public final class AutoScoring {

    /** A safety net beside the events: every few hours, whatever is not scored yet (e.g. after a failure) is. */
    public static final PlannedJob CATCH_UP = new PlannedJob("score-jobs", "Score jobs not yet scored",
            Schedule.every(Duration.ofHours(6), Duration.ofMinutes(10)));

    private final EventBus events;
    private final TaskExecutor tasks;
    private final MatchService matching;
    private final ResumeProfiles profiles;
    private final ResumeService resumes;
    private final JobPostingRepository postings;
    private final AlertService alerts;
    private final Supplier<List<String>> targetRoles;
    private final Clock clock;
    private Long preparedVersion;
    private List<String> preparedRoles;

    public AutoScoring(EventBus events, TaskExecutor tasks, MatchService matching, ResumeProfiles profiles, ResumeService resumes,
                JobPostingRepository postings, AlertService alerts, Supplier<List<String>> targetRoles, Clock clock) {
        this.events = events;
        this.tasks = tasks;
        this.matching = matching;
        this.profiles = profiles;
        this.resumes = resumes;
        this.postings = postings;
        this.alerts = alerts;
        this.targetRoles = targetRoles;
        this.clock = clock;
    }

    /** The user changed their preferences or targets: everything is scored again with them. */
    public void preferencesChanged() {
        tasks.execute(rescoreEverything());
    }

    /** Subscribes to the events and scores what is stored now, if a primary resume exists. */
    public void start() {
        events.subscribe(PrimaryResumeChanged.class, changed -> tasks.execute(rescoreEverything()));
        events.subscribe(NewPostingsStored.class, stored -> tasks.execute(scoreNew(stored.postingIds())));
        tasks.execute(rescoreEverything());
    }

    public ScheduledJob catchUpJob() {
        return ScheduledJob.of(CATCH_UP.key(), CATCH_UP.name(), CATCH_UP.schedule(), context -> {
            if (!usePrimaryResume()) {
                return JobResult.skipped("No resume yet: jobs are scored once you import one");
            }
            List<MatchResult> results = matching.scoreAll(postings.findActive(),
                    (done, total, message) -> context.progress(done, total, message), context::isCancelled);
            return JobResult.succeeded(new RunCounts(results.size(), 0, 0), results.size() + " jobs have a current score");
        });
    }

    public BackgroundTask<Integer> rescoreEverything() {
        return BackgroundTask.of("Scoring jobs against your resume", task -> {
            if (!usePrimaryResume()) {
                return 0;
            }
            List<JobPosting> all = postings.findActive();
            return matching.scoreAll(all, progressOf(task), task::isCancelled).size();
        });
    }

    public BackgroundTask<Integer> scoreNew(List<Long> ids) {
        return BackgroundTask.of("Scoring new jobs", task -> {
            if (ids.isEmpty() || !usePrimaryResume()) {
                return 0;
            }
            List<JobPosting> fresh = postings.findAll(ids);
            List<MatchResult> results = matching.scoreAll(fresh, progressOf(task), task::isCancelled);
            alerts.onScored("New jobs", scored(fresh, results));
            return results.size();
        });
    }

    /** Prepares the primary resume for matching once per version (it embeds the resume's sections). */
    private synchronized boolean usePrimaryResume() {
        Optional<StoredResume> primary = resumes.primary();
        List<String> roles = targetRoles.get();
        primary.filter(stored -> !Long.valueOf(stored.info().id()).equals(preparedVersion) || !roles.equals(preparedRoles))
                .ifPresent(stored -> {
                    matching.useResume(stored.info().id(),
                            profiles.from(stored.resume(), roles, stored.info().label(), LocalDate.now(clock)));
                    preparedVersion = stored.info().id();
                    preparedRoles = roles;
                });
        return primary.isPresent();
    }

    private static MatchProgress progressOf(BackgroundTask<?> task) {
        return (done, total, message) -> {
            task.updateProgress(done, total);
            task.updateMessage(message);
        };
    }

    private static List<ScoredPosting> scored(List<JobPosting> fresh, List<MatchResult> results) {
        Map<Long, JobPosting> byId = fresh.stream().collect(Collectors.toMap(JobPosting::id, Function.identity()));
        return results.stream().filter(r -> !r.excluded() && byId.containsKey(r.postingId())).map(r -> {
            JobPosting p = byId.get(r.postingId());
            return new ScoredPosting(p.id(), (int) Math.round(r.score()), p.title(), p.company(), p.location(),
                    p.url() != null ? p.url() : p.applyUrl());
        }).toList();
    }
}
