package dev.careeragent.ui.letters;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.letters.LetterDraft;
import dev.careeragent.letters.LetterFacts;
import dev.careeragent.letters.LetterLength;
import dev.careeragent.letters.LetterOptions;
import dev.careeragent.letters.LetterService;
import dev.careeragent.letters.Tone;
import dev.careeragent.letters.UnconfirmedClaimsException;
import dev.careeragent.letters.guard.Claim;
import dev.careeragent.resume.model.PostingChoice;
import dev.careeragent.resume.model.VersionInfo;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the letter editor's parts share: the chosen resume, job and options, the text, the claims flagged and
 * confirmed, the status line, and the facts gathered once for the chosen resume and job.
 */
final class LetterEditorState {

    final LetterService letters;
    final TaskExecutor tasks;
    final ObjectProperty<VersionInfo> resume = new SimpleObjectProperty<>();
    final ObjectProperty<PostingChoice> job = new SimpleObjectProperty<>();
    final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(Tone.FORMAL);
    final ObjectProperty<LetterLength> length = new SimpleObjectProperty<>(LetterLength.STANDARD);
    final StringProperty language = new SimpleStringProperty("English");
    final StringProperty text = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("");
    final StringProperty usage = new SimpleStringProperty("");
    final BooleanProperty writing = new SimpleBooleanProperty();
    final ObservableList<Claim> flagged = FXCollections.observableArrayList();
    final Set<String> confirmed = new HashSet<>();
    volatile LetterFacts facts;
    LetterDraft.Source writtenBy = LetterDraft.Source.TEMPLATE;

    LetterEditorState(LetterService letters, TaskExecutor tasks) {
        this.letters = letters;
        this.tasks = tasks;
        resume.addListener((o, a, b) -> facts = null);
        job.addListener((o, a, b) -> facts = null);
    }

    LetterOptions options() {
        return new LetterOptions(tone.get(), length.get(), language.get());
    }

    boolean chosen() {
        if (resume.get() == null || job.get() == null) {
            status.set("Choose a resume version and a job first.");
            return false;
        }
        return true;
    }

    /** Runs {@code step} in the background with the facts for the chosen resume and job (gathered on first use). */
    <T> void withFacts(String title, Step<T> step, Consumer<T> done) {
        if (!chosen()) {
            return;
        }
        long resumeId = resume.get().id();
        long jobId = job.get().id();
        tasks.execute(BackgroundTask.of(title, () -> {
            LetterFacts f = facts;
            if (f == null) {
                f = letters.facts(resumeId, jobId);
                facts = f;
            }
            return step.run(f);
        }).onSuccess(done::accept).onFailure(this::failed));
    }

    /** Shows why a step failed; an export refused for unconfirmed claims lists them again. */
    void failed(Throwable e) {
        if (e instanceof UnconfirmedClaimsException u) {
            flagged.setAll(u.claims());
        }
        status.set(e.getMessage());
    }

    @FunctionalInterface
    interface Step<T> {
        T run(LetterFacts facts) throws Exception;
    }
}
