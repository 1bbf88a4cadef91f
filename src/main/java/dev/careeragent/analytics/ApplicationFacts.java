package dev.careeragent.analytics;

import dev.careeragent.tracker.model.ApplicationStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What analytics knows of one application: where it came from, its dated history and the match score of its job
 * ({@code null} when the job was never scored). The funnel stage is the furthest point it reached.
 */
public record ApplicationFacts(long id, String source, ApplicationStatus status, LocalDate appliedOn, Instant createdAt,
        Double score, List<Step> history) {

    /** One dated status of the history. */
    public record Step(ApplicationStatus status, Instant at) {
    }

    /** Funnel stages in order; an application counts in every stage up to the one it reached. */
    public static final int SAVED = 0;
    public static final int APPLIED = 1;
    public static final int INTERVIEW = 2;
    public static final int OFFER = 3;

    public ApplicationFacts {
        history = List.copyOf(history);
    }

    /** The furthest funnel stage: a rejection or silence means it was sent, a withdrawal says nothing more. */
    public int stage() {
        int reached = appliedOn != null ? APPLIED : SAVED;
        reached = Math.max(reached, stageOf(status));
        for (Step step : history) {
            reached = Math.max(reached, stageOf(step.status()));
        }
        return reached;
    }

    static int stageOf(ApplicationStatus status) {
        return switch (status) {
            case SAVED, WITHDRAWN -> SAVED;
            case APPLIED, SCREENING, NO_ANSWER, REJECTED -> APPLIED;
            case INTERVIEW -> INTERVIEW;
            case OFFER, ACCEPTED -> OFFER;
        };
    }

    public boolean wasSent() {
        return stage() >= APPLIED;
    }

    /** Whether the employer answered at all (screening, interview, offer, acceptance or rejection). */
    public boolean gotResponse() {
        return status.isResponse() || history.stream().anyMatch(s -> s.status().isResponse());
    }

    /** When it was sent: the first move to Applied, else the start of the applied day, else the first later step. */
    public Optional<Instant> sentAt(ZoneId zone) {
        Optional<Instant> applied = first(s -> s.status() == ApplicationStatus.APPLIED);
        if (applied.isPresent()) {
            return applied;
        }
        if (appliedOn != null) {
            return Optional.of(appliedOn.atStartOfDay(zone).toInstant());
        }
        return first(s -> stageOf(s.status()) >= APPLIED);
    }

    /** The day it was sent, for the per-week chart; empty for an application never sent. */
    public Optional<LocalDate> sentOn(ZoneId zone) {
        if (appliedOn != null) {
            return Optional.of(appliedOn);
        }
        return wasSent() ? sentAt(zone).map(at -> LocalDate.ofInstant(at, zone)) : Optional.empty();
    }

    public Optional<Instant> firstResponseAt() {
        return first(s -> s.status().isResponse());
    }

    private Optional<Instant> first(java.util.function.Predicate<Step> which) {
        return history.stream().filter(which).map(Step::at).min(Instant::compareTo);
    }
}
