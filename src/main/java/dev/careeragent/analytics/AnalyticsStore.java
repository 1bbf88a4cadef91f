package dev.careeragent.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What analytics reads, through the views the tracker, jobs and match features offer ({@code analytics.store}
 * implements it over SQLite), and the one thing it keeps itself: the last Dashboard visit.
 * {@code resumeVersionId} is the resume scored against now; an application's own resume version wins when its job
 * was scored against that one.
 */
public interface AnalyticsStore {

    List<ApplicationFacts> applications(Long resumeVersionId);

    /** Counts of active, not excluded postings first seen since {@code since}, by score tenth (0 = 0-9, ... 9 = 90-100). */
    long[] scoreTenths(long resumeVersionId, Instant since);

    /** Skills missing in the job of each application that has a scored job. */
    List<SkillMiss> missingSkills(Long resumeVersionId);

    /** Salaries of the jobs in the tracker that state one. */
    List<TrackedSalary> trackedSalaries();

    /** The best postings first seen after {@code since} scoring at least {@code minScore}, best first. */
    List<NewMatch> newMatches(long resumeVersionId, Instant since, double minScore, int limit);

    Optional<Instant> lastVisit();

    void recordVisit(Instant at);

    /** A skill the job of application {@code applicationId} asks for and the resume lacks. */
    record SkillMiss(long applicationId, String skill, boolean required) {
    }

    /** A tracked job's salary as stated: amounts per {@code period} (null: per year). */
    record TrackedSalary(long postingId, String title, String company, Double min, Double max, String currency,
            String period) {
    }

    /** A new posting that matches well. */
    record NewMatch(long postingId, String title, String company, double score, Instant firstSeen) {
    }
}
