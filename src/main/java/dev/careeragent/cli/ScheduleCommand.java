package dev.careeragent.cli;

import dev.careeragent.sources.search.schedule.SavedSearchJobs;
import dev.careeragent.schedule.model.JobStatus;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.ScheduleStatus;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent schedule status}: the background jobs, their next runs and last outcomes. */
@Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent schedule status", "  career-agent schedule status --runs 20"},
        name = "schedule", description = "Background jobs.", subcommands = ScheduleCommand.Status.class)
final class ScheduleCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    CareerAgentCommand root;

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent schedule status", "  career-agent schedule status --runs 20"},
        name = "status", description = "Print the jobs, their next run and last outcome.")
    static final class Status implements Callable<Integer> {
        @ParentCommand ScheduleCommand schedule;
        @Spec CommandSpec spec;
        @Option(names = "--runs", paramLabel = "N", description = "Also list the N most recent runs (default: ${DEFAULT-VALUE}).")
        int runs = 5;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            print(schedule.root.readScheduleStatus(), out, runs);
            out.flush();
            return 0;
        }
    }

    static void print(ScheduleStatus status, PrintWriter out, int runs) {
        List<JobStatus> jobs = status.jobs();
        if (status.allPaused()) {
            out.println("All jobs are PAUSED (resume them in the app).");
        }
        out.printf("%-24s %-28s %-16s %-17s %s%n", "JOB", "NAME", "SCHEDULE", "NEXT RUN", "LAST OUTCOME");
        for (JobStatus job : jobs) {
            String next = job.paused() ? "paused" : job.running() ? "running now" : time(job.nextDue());
            String last = job.lastOutcome() == null ? "never run" : job.lastOutcome() + " " + time(job.lastStarted());
            if (job.consecutiveFailures() > 0) {
                last += " (" + job.consecutiveFailures() + " failures in a row, retry " + time(job.backoffUntil()) + ")";
            }
            out.printf("%-24s %-28s %-16s %-17s %s%n", job.key(), cut(job.name(), 28), job.schedule(), next, last);
        }
        if (jobs.stream().noneMatch(job -> job.key().startsWith(SavedSearchJobs.KEY_PREFIX))) {
            out.println("No saved searches yet: run a search in the app and keep \"Save and run every hour\" on.");
        }
        List<RunRecord> recent = status.recentRuns(runs);
        if (!recent.isEmpty()) {
            out.println();
            out.println("Recent runs:");
            for (RunRecord run : recent) {
                String outcome = run.outcome() == null ? "RUNNING" : run.outcome().name();
                String detail = run.error() != null ? run.error() : run.message() == null ? "" : run.message();
                out.printf("  %s  %-24s %-11s found %d, new %d, duplicates %d  %s%n", time(run.startedAt()), run.jobKey(),
                        outcome, run.counts().found(), run.counts().newCount(), run.counts().duplicates(), cut(detail, 80));
            }
        }
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
