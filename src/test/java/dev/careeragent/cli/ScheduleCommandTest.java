package dev.careeragent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.model.RunCounts;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.store.ScheduleRepository;
import dev.careeragent.schedule.ScheduledJob;
import dev.careeragent.schedule.Scheduler;
import dev.careeragent.store.Database;
import dev.careeragent.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScheduleCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CareerAgentCommand.withEveryCommand(new CareerAgentCommand((folder, measure) -> {
            throw new AssertionError("the desktop must not start for a subcommand");
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli.execute(args);
    }

    @Test
    void statusListsJobsNextRunsAndLastOutcomes() {
        Path data = dir.resolve("data");
        try (Database db = TestDatabases.open(data)) {
            Scheduler scheduler = new Scheduler(new ScheduleRepository(db), new CurrentThreadTaskExecutor(), new EventBus(),
                    Clock.systemDefaultZone());
            scheduler.register(ScheduledJob.of("search:1", "Search: Java Berlin", Schedule.every(Duration.ofHours(1), Duration.ZERO),
                    ctx -> JobResult.succeeded(new RunCounts(12, 4, 8), "ok")));
            scheduler.register(ScheduledJob.of("archive-stale", "Archive stale postings",
                    Schedule.dailyAt(LocalTime.of(3, 0), Duration.ZERO), ctx -> {
                        throw new IllegalStateException("disk full");
                    }));
            scheduler.tick();
            scheduler.runNow("archive-stale");
        }
        assertThat(run("--data-dir", data.toString(), "schedule", "status")).isZero();
        assertThat(out.toString()).contains("search:1", "Search: Java Berlin", "every 60 min", "SUCCEEDED",
                "archive-stale", "daily at 03:00", "FAILED", "1 failures in a row", "found 12, new 4, duplicates 8",
                "IllegalStateException: disk full");
    }

    @Test
    void aFreshDataFolderListsEveryBuiltInJobAsNeverRunWithoutCreatingTheDatabase() {
        Path fresh = dir.resolve("fresh");
        assertThat(run("--data-dir", fresh.toString(), "schedule", "status")).isZero();
        assertThat(out.toString()).contains("email-outbox", "Send queued emails", "every 1 min",
                        "digest", "Daily digest email", "daily at 08:00", "follow-ups", "archive-stale",
                        "analytics-snapshot", "score-jobs", "every 6 h", "No saved searches yet")
                .doesNotContain("No background jobs");
        assertThat(out.toString().lines().filter(line -> line.contains("never run"))).hasSize(6);
        assertThat(fresh.resolve("career-agent.db")).as("a quick read: no database created").doesNotExist();
    }
}
