package dev.careeragent.ui.letters;

import dev.careeragent.ai.LlmException;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskHandle;
import dev.careeragent.letters.LetterDraft;
import dev.careeragent.letters.LetterFacts;
import dev.careeragent.letters.LetterOptions;
import dev.careeragent.ui.common.TokenBatcher;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Writes the letter (streamed from the model in batches per frame, cancellable, or from the template) and checks it. */
final class LetterWriting {

    private final LetterEditorState state;
    private final Executor ui;
    private TaskHandle<LetterDraft> running;
    private Consumer<String> appender;

    LetterWriting(LetterEditorState state, Executor ui) {
        this.state = state;
        this.ui = ui;
        this.appender = piece -> state.text.set(state.text.get() + piece);
    }

    void write() {
        if (!state.chosen()) {
            return;
        }
        long resumeId = state.resume.get().id();
        long jobId = state.job.get().id();
        LetterOptions options = state.options();
        state.text.set("");
        state.flagged.clear();
        state.confirmed.clear();
        state.usage.set("");
        state.writing.set(true);
        state.status.set(state.letters.modelEnabled() ? "Writing with the model\u2026" : "Writing from the template\u2026");
        TokenBatcher tokens = new TokenBatcher(ui, piece -> appender.accept(piece));
        running = state.tasks.execute(BackgroundTask.<LetterDraft>of("Writing a cover letter", task -> {
            LetterFacts gathered = state.letters.facts(resumeId, jobId);
            state.facts = gathered;
            return state.letters.write(gathered, options, tokens, task::isCancelled);
        }).onSuccess(this::show).onFailure(e -> state.status.set(e instanceof LlmException l
                        && l.kind() == LlmException.Kind.CANCELLED ? "Cancelled; the text so far is kept." : e.getMessage()))
                .onFinished(() -> state.writing.set(false)));
    }

    private void show(LetterDraft draft) {
        if (!draft.text().equals(state.text.get())) {
            state.text.set(draft.text());
        }
        state.writtenBy = draft.source();
        state.flagged.setAll(draft.guard().flagged());
        state.usage.set(draft.reply() == null ? "Template letter" : draft.reply().usageLine());
        String summary = FabricationReview.summary(draft.guard());
        state.status.set(draft.note().isEmpty() ? summary : draft.note() + " " + summary);
    }

    void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** See {@link LetterViewModel#appendStreamedTextWith}. */
    void appendWith(Consumer<String> editorAppend) {
        this.appender = editorAppend;
    }
}
