package dev.careeragent.ui.letters;

import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.letters.LetterLength;
import dev.careeragent.letters.LetterService;
import dev.careeragent.letters.Tone;
import dev.careeragent.letters.export.LetterFormat;
import dev.careeragent.letters.guard.Claim;
import dev.careeragent.letters.store.StoredLetter;
import dev.careeragent.resume.model.PostingChoice;
import dev.careeragent.resume.model.VersionInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The cover-letter editor: choose resume version and job, tone, length and language ({@link LetterChoices}); write
 * (streamed from the model, cancellable, or from the template: {@link LetterWriting}), edit, see what the guard
 * flags and confirm it ({@link FabricationReview}), save versions ({@link LetterVersions}), export
 * ({@link LetterExports}). The parts share one {@link LetterEditorState}.
 */
public final class LetterViewModel {

    private final LetterEditorState state;
    private final LetterChoices choices;
    private final LetterWriting writing;
    private final FabricationReview review;
    private final LetterVersions versions;
    private final LetterExports exports;

    public LetterViewModel(LetterService letters, Supplier<List<VersionInfo>> resumeList, Supplier<List<PostingChoice>> jobList,
                           TaskExecutor tasks, Executor ui) {
        state = new LetterEditorState(letters, tasks);
        writing = new LetterWriting(state, ui);
        choices = new LetterChoices(state, resumeList, jobList, writing::write);
        review = new FabricationReview(state);
        versions = new LetterVersions(state, review);
        exports = new LetterExports(state);
    }

    /** Fills the resume and job lists; a first load chooses the primary resume and the first job, later ones keep the choice. */
    public void load() {
        choices.load();
    }

    /**
     * Opens the editor on one job (the Jobs page's "Write cover letter") and starts writing, with the chosen resume
     * (the primary one at first).
     */
    public void writeFor(long postingId) {
        choices.writeFor(postingId);
    }

    /** Finds a job that is not among the recent ones the list shows (a job opened from the Jobs page may be older). */
    public LetterViewModel lookUpJobsWith(LongFunction<Optional<PostingChoice>> lookup) {
        choices.lookUpJobsWith(lookup);
        return this;
    }

    public void write() {
        writing.write();
    }

    public void cancel() {
        writing.cancel();
    }

    /** Checks the edited text again; the result replaces the flagged list. */
    public void check() {
        review.check();
    }

    /** The user vouches for a flagged claim; it no longer blocks export. */
    public void confirm(Claim claim) {
        review.confirm(claim);
    }

    public void save() {
        versions.save();
    }

    public void open(StoredLetter version) {
        versions.open(version);
    }

    /** Writes the letter to {@code target} (atomically); refused while flagged claims are unresolved. */
    public void export(LetterFormat format, Path target) {
        exports.export(format, target);
    }

    /**
     * The editor appends streamed batches itself: replacing its whole text per batch re-lays out the letter each
     * time and stalled the UI thread (191 ms pulse gaps); appending costs only the new words.
     */
    public void appendStreamedTextWith(Consumer<String> editorAppend) {
        writing.appendWith(editorAppend);
    }

    /**
     * Writes the file for dragging out in the background (the view calls this when the pointer reaches the drag
     * handle), so the drag gesture finds it ready instead of exporting on the UI thread.
     */
    public void prepareDrag(LetterFormat format) {
        exports.prepareDrag(format);
    }

    /**
     * The file prepared for the editor's current text, for the drag gesture; empty (with the reason in the status,
     * and preparing started) when it is not ready yet.
     */
    public Optional<Path> draggableFile(LetterFormat format) {
        return exports.draggableFile(format);
    }

    public ObservableList<VersionInfo> resumes() { return choices.resumes(); }
    public ObservableList<PostingChoice> jobs() { return choices.jobs(); }
    public ObjectProperty<VersionInfo> resumeProperty() { return state.resume; }
    public ObjectProperty<PostingChoice> jobProperty() { return state.job; }
    public ObjectProperty<Tone> toneProperty() { return state.tone; }
    public ObjectProperty<LetterLength> lengthProperty() { return state.length; }
    public StringProperty languageProperty() { return state.language; }
    public StringProperty textProperty() { return state.text; }
    public StringProperty statusProperty() { return state.status; }
    public StringProperty usageProperty() { return state.usage; }
    public BooleanProperty writingProperty() { return state.writing; }
    public ObservableList<Claim> flagged() { return state.flagged; }
    public ObservableList<StoredLetter> versions() { return versions.list(); }
}
