package dev.careeragent.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.notify.model.ScoredPosting;
import dev.careeragent.schedule.JobResult;
import dev.careeragent.schedule.model.RunOutcome;
import dev.careeragent.schedule.model.RunRecord;
import dev.careeragent.schedule.Schedule;
import dev.careeragent.schedule.store.ScheduleRepository;
import dev.careeragent.schedule.ScheduleStatus;
import dev.careeragent.schedule.ScheduledJob;
import dev.careeragent.schedule.Scheduler;
import dev.careeragent.security.UserKeyFolder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills the app (a child JVM) in the middle of a search run that has just handed its alert email to the server. */
class CrashDuringRunTest {

    private static final String JOB = "search:1";

    @TempDir
    Path dir;

    @Test
    void theNextStartMarksTheRunInterruptedAndSendsNothingTwice() throws Exception {
        int port = NotifyStack.freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        greenMail.setUser("agent@example.com", NotifyStack.USER, NotifyStack.PASSWORD);
        try {
            List<String> args = new ArrayList<>(List.of(javaBin(), // the child reads the key where this JVM saved it
                    "-D" + UserKeyFolder.PROPERTY + "=" + UserKeyFolder.forThisUser().root(), "-cp", System.getProperty("java.class.path"),
                    CrashingApp.class.getName(), dir.toString(), String.valueOf(port)));
            try (NotifyStack setup = new NotifyStack(dir, Clock.systemUTC(), port)) {
                args.add(String.valueOf(setup.posting("Staff Engineer", "Acme", 93).postingId()));
                args.add(String.valueOf(setup.posting("Java Lead", "Beta", 87).postingId()));
            }
            Process app = new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            boolean sent = false;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream()))) {
                String line;
                while (!sent && (line = out.readLine()) != null) {
                    sent = line.startsWith("sent <");
                }
                app.destroyForcibly();
                assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(sent).as("the child handed the alert email to the server").isTrue();
            assertThat(greenMail.getReceivedMessages()).hasSize(1);

            try (NotifyStack restarted = new NotifyStack(dir, Clock.systemUTC(), port)) {
                ScheduleRepository runs = new ScheduleRepository(restarted.db);
                Scheduler scheduler = new Scheduler(runs, new CurrentThreadTaskExecutor(), restarted.events, Clock.systemUTC());
                scheduler.register(searchJob(restarted, List.of(Long.parseLong(args.get(args.size() - 2)),
                        Long.parseLong(args.get(args.size() - 1)))));
                assertThat(scheduler.recoverInterrupted()).isEqualTo(1);
                assertThat(restarted.outbox.reconcile().markedUncertain()).isEqualTo(1);
                scheduler.tick();

                List<RunRecord> history = new ScheduleStatus(runs).runsOf(JOB, 10);
                assertThat(history).extracting(RunRecord::outcome).containsExactly(RunOutcome.SUCCEEDED, RunOutcome.INTERRUPTED);
                assertThat(history.get(0).message()).isEqualTo("alerted 0, sent 0");
            }
            assertThat(greenMail.getReceivedMessages()).as("nothing sent twice").hasSize(1);
        } finally {
            greenMail.stop();
        }
    }

    /** The search run: alert on the scored postings, then deliver the outbox. */
    static ScheduledJob searchJob(NotifyStack stack, List<Long> postingIds) {
        return ScheduledJob.of(JOB, "Search: crash test", Schedule.every(Duration.ofHours(1), Duration.ZERO), ctx -> {
            List<ScoredPosting> scored = new ArrayList<>();
            for (long id : postingIds) {
                var posting = new dev.careeragent.jobs.store.JobPostingRepository(stack.db, stack.clock).find(id).orElseThrow();
                scored.add(new ScoredPosting(id, 90, posting.title(), posting.company(), posting.location(), posting.url()));
            }
            int alerted = stack.alerts.onScored("Crash test", scored).emailed().size();
            int sent = stack.outbox.deliverDue().sent();
            return JobResult.succeeded(null, "alerted " + alerted + ", sent " + sent);
        });
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Child JVM: the app with a transport that hangs right after the server accepted the email. */
    public static final class CrashingApp {
        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            int port = Integer.parseInt(args[1]);
            List<Long> ids = List.of(Long.parseLong(args[2]), Long.parseLong(args[3]));
            NotifyStack stack = new NotifyStack(folder, Clock.systemUTC(), port, sender -> email -> {
                sender.send(email);
                System.out.println("sent " + email.messageId());
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, DeliveryCheck.NONE);
            Scheduler scheduler = new Scheduler(new ScheduleRepository(stack.db), new CurrentThreadTaskExecutor(),
                    stack.events, Clock.systemUTC());
            scheduler.register(searchJob(stack, ids));
            scheduler.recoverInterrupted();
            scheduler.tick();
        }
    }
}
