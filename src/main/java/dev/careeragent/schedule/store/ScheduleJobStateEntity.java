package dev.careeragent.schedule.store;

import dev.careeragent.schedule.model.JobStatus;
import dev.careeragent.schedule.model.RunOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The stored state of one job: when it is due next, its last outcome, its failure streak, paused or not. */
@Entity
@Table(name = "schedule_job_state")
public class ScheduleJobStateEntity {

    @Id @Column(name = "job_key") private String jobKey;
    @Column(name = "job_name", nullable = false) private String jobName;
    @Column(name = "schedule_text", nullable = false) private String scheduleText;
    @Column(name = "next_due") private Instant nextDue;
    @Column(name = "last_started") private Instant lastStarted;
    @Column(name = "last_success") private Instant lastSuccess;
    @Enumerated(EnumType.STRING) @Column(name = "last_outcome") private RunOutcome lastOutcome;
    @Column(name = "consecutive_failures", columnDefinition = "integer", nullable = false) private int consecutiveFailures;
    @Column(name = "backoff_until") private Instant backoffUntil;
    @Column(columnDefinition = "integer", nullable = false) private boolean paused;

    protected ScheduleJobStateEntity() {
    }

    public ScheduleJobStateEntity(String jobKey, String jobName, String scheduleText, Instant nextDue) {
        this.jobKey = jobKey;
        this.jobName = jobName;
        this.scheduleText = scheduleText;
        this.nextDue = nextDue;
    }

    public JobStatus toStatus(boolean running) {
        return new JobStatus(jobKey, jobName, scheduleText, nextDue, lastStarted, lastSuccess, lastOutcome,
                consecutiveFailures, backoffUntil, paused, running);
    }

    public String getJobKey() { return jobKey; }
    public String getScheduleText() { return scheduleText; }
    public Instant getNextDue() { return nextDue; }
    public Instant getLastSuccess() { return lastSuccess; }
    public int getConsecutiveFailures() { return consecutiveFailures; }
    public boolean isPaused() { return paused; }

    public void describe(String name, String schedule) { jobName = name; scheduleText = schedule; }
    public void setNextDue(Instant value) { nextDue = value; }
    public void setLastStarted(Instant value) { lastStarted = value; }
    public void setPaused(boolean value) { paused = value; }

    /** Records the end of a run: the outcome, the failure streak and when the job is due again. */
    public void ended(RunOutcome outcome, Instant endedAt, int failures, Instant backoff, Instant due) {
        lastOutcome = outcome;
        if (outcome == RunOutcome.SUCCEEDED) {
            lastSuccess = endedAt;
        }
        consecutiveFailures = failures;
        backoffUntil = backoff;
        nextDue = due;
    }
}
