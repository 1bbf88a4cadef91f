package dev.careeragent.ui.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.resume.store.ResumeVersion;
import dev.careeragent.resume.store.ResumeVersionRepository;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.StatusChange;
import dev.careeragent.ui.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Track" and "Applied" on the Jobs page write the application and its history to the real SQLite database. */
class TrackActionsTest {

    @TempDir
    Path dir;

    private AppContext context;
    private TrackActions actions;
    private JobPosting job;

    @BeforeEach
    void open() {
        context = TestApp.open(dir, new CurrentThreadTaskExecutor());
        new ResumeVersionRepository(context.database()).insert(new ResumeVersion("Main", java.time.Instant.now(),
                "resume.pdf", "pdf", new byte[] {1, 2, 3}, "{}", null));
        job = new JobPostingRepository(context.database(), context.clock()).save(JobPosting.builder().source("test")
                .sourceId("t1").title("Platform Engineer").company("Globex").url("https://jobs.example/globex/1")
                .descriptionText("Java and Kubernetes").build());
        actions = new TrackActions(context.tracker(), context.resumeService(), context.tasks());
        actions.show(job);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void appliedCreatesTheApplicationWithThePrimaryResumeAndItsHistory() throws Exception {
        assertThat(actions.applicationProperty().get()).isNull();
        assertThat(actions.canChoose(ApplicationStatus.APPLIED)).isTrue();

        actions.track(job, ApplicationStatus.APPLIED);

        Application stored = context.tracker().forPosting(job.id()).orElseThrow();
        long primary = new ResumeVersionRepository(context.database()).primaryId().orElseThrow();
        assertThat(stored.status()).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(stored.company()).isEqualTo("Globex");
        assertThat(stored.link()).isEqualTo("https://jobs.example/globex/1");
        assertThat(stored.resumeVersionId()).isEqualTo(primary);
        assertThat(stored.appliedOn()).isNotNull();
        assertThat(Files.readAllBytes(context.tracker().file(stored.resumeFile()))).containsExactly(1, 2, 3);
        assertThat(context.tracker().history(stored.id())).extracting(StatusChange::to).containsExactly(ApplicationStatus.APPLIED);
        assertThat(actions.applicationProperty().get().id()).isEqualTo(stored.id());
        assertThat(actions.canChoose(ApplicationStatus.APPLIED)).isFalse();
        assertThat(actions.messageProperty().get()).contains("Applied", "primary resume");
    }

    @Test
    void trackThenAppliedMovesTheSameApplicationAndWritesBothHistoryRows() {
        actions.track(job, ApplicationStatus.SAVED);
        Application saved = context.tracker().forPosting(job.id()).orElseThrow();
        assertThat(saved.status()).isEqualTo(ApplicationStatus.SAVED);
        assertThat(actions.canChoose(ApplicationStatus.SAVED)).isFalse();
        assertThat(actions.canChoose(ApplicationStatus.APPLIED)).isTrue();

        actions.track(job, ApplicationStatus.APPLIED);

        assertThat(context.tracker().all()).hasSize(1);
        Application applied = context.tracker().require(saved.id());
        assertThat(applied.status()).isEqualTo(ApplicationStatus.APPLIED);
        List<StatusChange> history = context.tracker().history(saved.id());
        assertThat(history).extracting(StatusChange::to).containsExactly(ApplicationStatus.SAVED, ApplicationStatus.APPLIED);
        assertThat(history.get(1).note()).contains("Jobs page");
    }

    @Test
    void aJobTrackedEarlierShowsItsApplicationWhenSelectedAgain() {
        actions.track(job, ApplicationStatus.APPLIED);
        TrackActions later = new TrackActions(context.tracker(), context.resumeService(), context.tasks());

        later.show(job);

        assertThat(later.applicationProperty().get().status()).isEqualTo(ApplicationStatus.APPLIED);
        assertThat(later.canChoose(ApplicationStatus.SAVED)).isFalse();
    }
}
