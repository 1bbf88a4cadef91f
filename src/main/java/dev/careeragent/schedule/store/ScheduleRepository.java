package dev.careeragent.schedule.store;

import dev.careeragent.schedule.model.Backoff;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.model.RunTrigger;
import dev.careeragent.schedule.model.ScheduleRecords;
import dev.careeragent.schedule.model.JobStatus;
import dev.careeragent.store.Database;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stored scheduler data: job state, run history, source backoff and "pause all". */
public final class ScheduleRepository implements ScheduleRecords {

    /** Runs kept per job; older ones are deleted when a run ends. */
    static final int HISTORY_PER_JOB = 200;

    private final Database database;

    public ScheduleRepository(Database database) {
        this.database = database;
    }

    /** Creates the job's state when new; otherwise updates its name and, if its schedule changed, the due time. */
    public void ensureJob(String key, String name, String scheduleText, Instant freshDue) {
        database.inTransaction(s -> {
            ScheduleJobStateEntity state = s.find(ScheduleJobStateEntity.class, key);
            if (state == null) {
                s.persist(new ScheduleJobStateEntity(key, name, scheduleText, freshDue));
                return;
            }
            if (!scheduleText.equals(state.getScheduleText())) {
                state.setNextDue(freshDue); // e.g. the digest moved from 08:00 to 18:00: not once more at 08:00
            }
            state.describe(name, scheduleText);
        });
    }

    public Map<String, ScheduleJobStateEntity> states() {
        return database.fromTransaction(s -> s.createSelectionQuery("from ScheduleJobStateEntity", ScheduleJobStateEntity.class)
                .getResultList().stream().collect(Collectors.toMap(ScheduleJobStateEntity::getJobKey, Function.identity())));
    }

    public Optional<ScheduleJobStateEntity> state(String key) {
        return database.fromTransaction(s -> Optional.ofNullable(s.find(ScheduleJobStateEntity.class, key)));
    }

    public void updateState(String key, Consumer<ScheduleJobStateEntity> change) {
        database.inTransaction(s -> {
            ScheduleJobStateEntity state = s.find(ScheduleJobStateEntity.class, key);
            if (state != null) {
                change.accept(state);
            }
        });
    }

    @Override
    public List<JobStatus> jobs() {
        Set<String> running = jobsWithOpenRuns();
        return states().values().stream().map(state -> state.toStatus(running.contains(state.getJobKey()))).toList();
    }

    @Override
    public boolean allPaused() {
        return database.fromTransaction(s -> s.find(ScheduleControlEntity.class, ScheduleControlEntity.ID).isAllPaused());
    }

    public void setAllPaused(boolean paused) {
        database.inTransaction(s -> s.find(ScheduleControlEntity.class, ScheduleControlEntity.ID).setAllPaused(paused));
    }

    /** Records the start of a run and returns its id. */
    public long openRun(String key, String name, RunTrigger trigger, Instant startedAt) {
        return database.fromTransaction(s -> {
            ScheduleRunEntity run = new ScheduleRunEntity(key, name, trigger, startedAt);
            s.persist(run);
            ScheduleJobStateEntity state = s.find(ScheduleJobStateEntity.class, key);
            if (state != null) {
                state.setLastStarted(startedAt);
            }
            return run.getId();
        });
    }

    /** Closes a run and updates its job's state in the same transaction, then trims old history. */
    public void closeRun(long runId, String key, RunEnd end, Consumer<ScheduleJobStateEntity> stateChange) {
        database.inTransaction(s -> {
            ScheduleRunEntity run = s.find(ScheduleRunEntity.class, runId);
            run.finish(end.endedAt(), end.outcome(), end.counts(), end.message(), end.error());
            ScheduleJobStateEntity state = s.find(ScheduleJobStateEntity.class, key);
            if (state != null) {
                stateChange.accept(state);
            }
            s.createNativeMutationQuery("DELETE FROM schedule_run WHERE job_key = :key AND ended_at IS NOT NULL AND id NOT IN "
                            + "(SELECT id FROM schedule_run WHERE job_key = :key ORDER BY id DESC LIMIT " + HISTORY_PER_JOB + ")")
                    .setParameter("key", key).executeUpdate();
        });
    }

    /** How a run ended, as stored. */
    public record RunEnd(Instant endedAt, RunOutcome outcome, RunCounts counts, String message, String error) {
    }

    /** Marks runs that never ended (the app stopped during them) as INTERRUPTED; returns how many. */
    public int interruptOpenRuns(Instant now) {
        return database.fromTransaction(s -> {
            List<ScheduleRunEntity> open = s.createSelectionQuery("from ScheduleRunEntity where endedAt is null",
                    ScheduleRunEntity.class).getResultList();
            for (ScheduleRunEntity run : open) {
                run.finish(now, RunOutcome.INTERRUPTED, RunCounts.NONE, "The app stopped while this run was in progress.", null);
                ScheduleJobStateEntity state = s.find(ScheduleJobStateEntity.class, run.toRecord().jobKey());
                if (state != null) {
                    state.ended(RunOutcome.INTERRUPTED, now, state.getConsecutiveFailures(), null, state.getNextDue());
                }
            }
            return open.size();
        });
    }

    public Set<String> jobsWithOpenRuns() {
        return new HashSet<>(database.fromTransaction(s -> s.createSelectionQuery(
                "select distinct jobKey from ScheduleRunEntity where endedAt is null", String.class).getResultList()));
    }

    @Override
    public List<RunRecord> recentRuns(String jobKeyOrNull, int limit) {
        return database.fromTransaction(s -> s.createSelectionQuery(
                        "from ScheduleRunEntity where (:key is null or jobKey = :key) order by startedAt desc, id desc",
                        ScheduleRunEntity.class)
                .setParameter("key", jobKeyOrNull).setMaxResults(limit).getResultList()
                .stream().map(ScheduleRunEntity::toRecord).toList());
    }

    public Optional<Instant> sourceBackoffUntil(String sourceKey) {
        return database.fromTransaction(s -> Optional.ofNullable(s.find(ScheduleSourceStateEntity.class, sourceKey))
                .map(ScheduleSourceStateEntity::getBackoffUntil));
    }

    /** Counts one more failure of a source and returns its new backoff end. */
    public Instant sourceFailed(String sourceKey, Backoff backoff, Instant now, String error) {
        return database.fromTransaction(s -> {
            ScheduleSourceStateEntity state = s.find(ScheduleSourceStateEntity.class, sourceKey);
            if (state == null) {
                state = new ScheduleSourceStateEntity(sourceKey);
                s.persist(state);
            }
            int failures = state.getConsecutiveFailures() + 1;
            Instant until = now.plus(backoff.delayAfter(failures));
            state.failed(failures, until, error);
            return until;
        });
    }

    public void sourceSucceeded(String sourceKey) {
        database.inTransaction(s -> {
            ScheduleSourceStateEntity state = s.find(ScheduleSourceStateEntity.class, sourceKey);
            if (state != null) {
                state.succeeded();
            }
        });
    }
}
