package dev.careeragent.schedule.store;

import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.model.RunTrigger;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of a scheduled job; {@code endedAt} is null while it runs (or when the app died during it). */
@Entity
@Table(name = "schedule_run")
public class ScheduleRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(columnDefinition = "integer")
    private Long id;
    @Column(name = "job_key", nullable = false) private String jobKey;
    @Column(name = "job_name", nullable = false) private String jobName;
    @Enumerated(EnumType.STRING) @Column(name = "run_trigger", nullable = false) private RunTrigger trigger;
    @Column(name = "started_at", nullable = false) private Instant startedAt;
    @Column(name = "ended_at") private Instant endedAt;
    @Enumerated(EnumType.STRING) private RunOutcome outcome;
    @Column(columnDefinition = "integer", nullable = false) private int found;
    @Column(name = "new_count", columnDefinition = "integer", nullable = false) private int newCount;
    @Column(columnDefinition = "integer", nullable = false) private int duplicates;
    private String message;
    private String error;

    protected ScheduleRunEntity() {
    }

    public ScheduleRunEntity(String jobKey, String jobName, RunTrigger trigger, Instant startedAt) {
        this.jobKey = jobKey;
        this.jobName = jobName;
        this.trigger = trigger;
        this.startedAt = startedAt;
    }

    public void finish(Instant ended, RunOutcome result, RunCounts counts, String text, String errorText) {
        endedAt = ended;
        outcome = result;
        found = counts.found();
        newCount = counts.newCount();
        duplicates = counts.duplicates();
        message = text;
        error = errorText;
    }

    public RunRecord toRecord() {
        return new RunRecord(id, jobKey, jobName, trigger, startedAt, endedAt, outcome,
                new RunCounts(found, newCount, duplicates), message, error);
    }

    public Long getId() { return id; }
}
