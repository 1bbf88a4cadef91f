package dev.careeragent.assistant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.ai.FakeLlmServer;
import dev.careeragent.ai.FakeLlmServer.ToolCall;
import dev.careeragent.ai.LlmException;
import dev.careeragent.ai.LlmProvider;
import dev.careeragent.assistant.store.AssistantAction;
import dev.careeragent.assistant.store.ChatEntry;
import dev.careeragent.context.AppContext;
import dev.careeragent.core.task.CurrentThreadTaskExecutor;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.resume.export.JsonResumeExporter;
import dev.careeragent.tailor.TailorServiceTest;
import dev.careeragent.testing.KeyringOff;
import dev.careeragent.tracker.NewApplication;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.ui.TestApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confirmed assistant actions on the real services, SQLite file and Ollama client: each undoes exactly what it did,
 * a second confirmation never runs an action twice, and Cancel stops a letter the assistant is drafting.
 */
@ExtendWith(KeyringOff.class)
class ConfirmedActionsTest {

    @TempDir
    Path dir;
    private final FakeLlmServer server = new FakeLlmServer();
    private AppContext context;
    private AssistantService assistant;
    private long jobId;
    private Application contoso;

    @BeforeEach
    void open() {
        context = TestApp.open(dir, new CurrentThreadTaskExecutor());
        context.ai().save(LlmProvider.OLLAMA, server.ollamaUrl(), "llama3.2:3b", "");
        assistant = context.assistant();
        jobId = context.postings().save(JobPosting.builder().source("test").sourceId("kotlin").title("Kotlin Developer")
                .company("Northwind").descriptionText("We need Kotlin and Java engineers.").build()).id();
        contoso = context.tracker().track(new NewApplication(null, "Contoso", "Java Developer", ApplicationStatus.APPLIED,
                null, null, null, null, null, null, null, null));
    }

    @AfterEach
    void close() {
        context.close();
        server.close();
    }

    /** The model proposes the given tool calls in one answer; returns the pending actions in order. */
    private List<AssistantAction> proposed(ToolCall... calls) {
        server.then(calls).then(FakeLlmServer.text("Please confirm."));
        return assistant.send(assistant.start().id(), "Please do it", t -> { }, () -> false).proposed();
    }

    @Test
    void undoRemovesTheTrackedApplicationAndRestoresWhatWasChanged() {
        LocalDate before = LocalDate.of(2026, 12, 1);
        Application withReminder = context.tracker().require(contoso.id());
        context.tracker().save(new Application(withReminder.id(), null, null, "Contoso", "Java Developer",
                ApplicationStatus.APPLIED, null, null, null, withReminder.appliedOn(), null, null, "notes", before,
                withReminder.createdAt(), withReminder.updatedAt()));
        Application original = context.tracker().require(contoso.id());
        String app = "{\"application_id\": " + contoso.id();
        List<AssistantAction> actions = proposed(new ToolCall("track_job", "{\"job_id\": " + jobId + "}"),
                new ToolCall("set_application_status", app + ", \"status\": \"interview\"}"),
                new ToolCall("set_follow_up_reminder", app + ", \"date\": \"2026-12-24\"}"));
        actions.forEach(a -> assertThat(assistant.confirm(a.id()).status()).isEqualTo(AssistantAction.Status.DONE));
        assertThat(context.tracker().count()).isEqualTo(2);
        Application changed = context.tracker().require(contoso.id());
        assertThat(changed.status()).isEqualTo(ApplicationStatus.INTERVIEW);
        assertThat(changed.followUpOn()).isEqualTo(LocalDate.of(2026, 12, 24));

        // taken back newest first, as a user would
        assertThat(assistant.undo(actions.get(2).id()).status()).isEqualTo(AssistantAction.Status.UNDONE);
        assertThat(assistant.undo(actions.get(1).id()).status()).isEqualTo(AssistantAction.Status.UNDONE);
        assertThat(assistant.undo(actions.get(0).id()).status()).isEqualTo(AssistantAction.Status.UNDONE);

        assertThat(context.tracker().all()).containsExactly(original);
        assertThat(context.tracker().history(contoso.id())).hasSize(1);
        assertThat(assistant.entries(actions.get(0).conversationId())).extracting(ChatEntry::text)
                .anyMatch(t -> t.startsWith("Undone: Track Kotlin Developer at Northwind") && t.contains("Removed the application"));
        assertThatThrownBy(() -> assistant.undo(actions.get(0).id())).hasMessageContaining("cannot be undone");
    }

    @Test
    void undoBringsADeletedApplicationBackWithItsHistoryAndIds() {
        context.tracker().move(contoso.id(), ApplicationStatus.SCREENING, "phone call");
        Application original = context.tracker().require(contoso.id());
        var history = context.tracker().history(contoso.id());
        AssistantAction delete = proposed(new ToolCall("delete_application", "{\"application_id\": " + contoso.id() + "}")).get(0);
        assistant.confirm(delete.id());
        assertThat(context.tracker().count()).isZero();

        assistant.undo(delete.id());

        assertThat(context.tracker().require(contoso.id())).isEqualTo(original);
        assertThat(context.tracker().history(contoso.id())).isEqualTo(history);
    }

    @Test
    void anUndoLeavesAnApplicationTheUserChangedSinceAlone() {
        AssistantAction track = proposed(new ToolCall("track_job", "{\"job_id\": " + jobId + "}")).get(0);
        assistant.confirm(track.id());
        Application added = context.tracker().forPosting(jobId).orElseThrow();
        context.tracker().move(added.id(), ApplicationStatus.APPLIED, "sent it");

        assertThatThrownBy(() -> assistant.undo(track.id())).hasMessageContaining("changed since");
        assertThat(context.tracker().find(added.id())).isPresent();
    }

    @Test
    void twoConfirmationsAtOnceRunTheActionOnce() throws Exception {
        AssistantAction track = proposed(new ToolCall("track_job", "{\"job_id\": " + jobId + "}")).get(0);
        CountDownLatch go = new CountDownLatch(1);
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<Void>> clicks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            clicks.add(CompletableFuture.runAsync(() -> {
                try {
                    go.await();
                    outcomes.add(assistant.confirm(track.id()).status().name());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (IllegalStateException e) {
                    outcomes.add(e.getMessage());
                }
            }));
        }
        go.countDown();
        CompletableFuture.allOf(clicks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertThat(outcomes).hasSize(2).containsOnlyOnce("DONE")
                .anyMatch(o -> o.contains("already running") || o.contains("already done"));
        assertThat(context.tracker().count()).isEqualTo(2);
    }

    @Test
    void cancelStopsACoverLetterTheAssistantIsDrafting() throws Exception {
        context.resumeService().importBytes(new JsonResumeExporter().export(TailorServiceTest.WEAK)
                .getBytes(StandardCharsets.UTF_8), "weak.json", null, "Weak");
        List<String> letter = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            letter.add("word" + i + " ");
        }
        server.then(new ToolCall("draft_cover_letter", "{\"job_id\": " + jobId + "}"), new FakeLlmServer.Slow(letter, 5),
                FakeLlmServer.text("Here is your draft."));
        long conversation = assistant.start().id();
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<AssistantReply> answer = CompletableFuture.supplyAsync(
                () -> assistant.send(conversation, "Draft a letter for job " + jobId, t -> { }, cancelled::get));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.tokensSent() < 20 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.chatRequests()).hasSize(2);
        cancelled.set(true);

        assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(LlmException.class)
                .cause().satisfies(e -> assertThat(((LlmException) e).kind()).isEqualTo(LlmException.Kind.CANCELLED));
        int sent = server.tokensSent();
        Thread.sleep(300);
        assertThat(server.tokensSent()).as("the letter stream was closed").isLessThan(letter.size()).isLessThanOrEqualTo(sent + 2);
        assertThat(server.chatRequests()).as("the model was not asked again after the cancel").hasSize(2);
        assertThat(assistant.entries(conversation)).isEmpty();
    }
}
