package dev.careeragent.ui.resume;

import dev.careeragent.ai.LlmException;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.core.task.TaskHandle;
import dev.careeragent.resume.model.PostingChoice;
import dev.careeragent.tailor.Suggestion;
import dev.careeragent.tailor.TailorService;
import dev.careeragent.tailor.TailoredVersion;
import dev.careeragent.tailor.Tailoring;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Tailor for this job" in the ATS panel: suggestions per bullet for the chosen posting (or pasted text), each
 * accepted or rejected, saved as a new resume version linked to the job, with undo.
 */
public final class TailorViewModel {

    /** A suggestion and whether the user accepts it (all start accepted). */
    public static final class Choice {
        private final Suggestion suggestion;
        private final BooleanProperty accepted = new SimpleBooleanProperty(true);

        Choice(Suggestion suggestion) {
            this.suggestion = suggestion;
        }

        public Suggestion suggestion() { return suggestion; }
        public BooleanProperty acceptedProperty() { return accepted; }
    }

    private final TailorService tailor;
    private final TaskExecutor tasks;
    private final LongSupplier shownVersion;
    private final ObjectProperty<PostingChoice> posting;
    private final StringProperty jobText;
    private final Runnable versionsChanged;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<TailoredVersion> saved = new SimpleObjectProperty<>();
    private Tailoring current;
    private TaskHandle<Tailoring> task;

    /**
     * @param posting and {@code jobText} are the ATS panel's choice of job
     * @param versionsChanged refreshes the version list after a version was added or taken back
     */
    public TailorViewModel(TailorService tailor, TaskExecutor tasks, LongSupplier shownVersion, ObjectProperty<PostingChoice> posting,
                           StringProperty jobText, Runnable versionsChanged) {
        this.tailor = tailor;
        this.tasks = tasks;
        this.shownVersion = shownVersion;
        this.posting = posting;
        this.jobText = jobText;
        this.versionsChanged = versionsChanged;
    }

    public void suggest() {
        long version = shownVersion.getAsLong();
        String text = jobText.get() == null ? "" : jobText.get().strip();
        PostingChoice job = posting.get();
        if (version < 0 || text.isEmpty() && job == null) {
            note.set(version < 0 ? "Import a resume first." : "Choose a saved job posting, or paste the job description.");
            return;
        }
        choices.clear();
        saved.set(null);
        running.set(true);
        note.set("Looking for changes\u2026");
        task = tasks.execute(BackgroundTask.<Tailoring>of("Tailoring the resume for the job", t -> text.isEmpty()
                        ? tailor.suggest(version, job.id(), t::isCancelled) : tailor.suggestForText(version, text, t::isCancelled))
                .onSuccess(result -> {
                    current = result;
                    choices.setAll(result.suggestions().stream().map(Choice::new).toList());
                    note.set(result.suggestions().isEmpty() ? result.note() + " Nothing to change: the bullets already read well"
                            + " for this job." : result.note());
                })
                .onFailure(e -> note.set(e instanceof LlmException l && l.kind() == LlmException.Kind.CANCELLED ? "Cancelled."
                        : e.getMessage()))
                .onFinished(() -> running.set(false)));
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** Saves the accepted suggestions as a new version; the version shown stays as it is. */
    public void accept() {
        Tailoring tailoring = current;
        List<Suggestion> accepted = choices.stream().filter(c -> c.acceptedProperty().get()).map(Choice::suggestion).toList();
        if (tailoring == null || accepted.isEmpty()) {
            note.set("Tick at least one suggestion to accept.");
            return;
        }
        tasks.execute(BackgroundTask.of("Saving the tailored resume", () -> tailor.accept(tailoring, accepted)).onSuccess(made -> {
            saved.set(made);
            choices.clear();
            note.set("Saved as the new version \u201c" + made.version().label() + "\u201d (" + made.changedBullets()
                    + (made.changedBullets() == 1 ? " bullet" : " bullets") + " changed); this version is unchanged.");
            versionsChanged.run();
        }).onFailure(e -> note.set(e.getMessage())));
    }

    public void undo() {
        TailoredVersion made = saved.get();
        if (made == null) {
            return;
        }
        saved.set(null);
        tasks.execute(BackgroundTask.of("Taking back the tailored resume", () -> {
            tailor.undo(made);
            return made;
        }).onSuccess(done -> {
            note.set("Took back \u201c" + done.version().label() + "\u201d.");
            if (current != null) {
                choices.setAll(current.suggestions().stream().map(Choice::new).toList());
            }
            versionsChanged.run();
        }).onFailure(e -> note.set(e.getMessage())));
    }

    /** The shown version changed: its suggestions no longer apply. */
    public void clear() {
        current = null;
        choices.clear();
        saved.set(null);
        note.set("");
    }

    public ObservableList<Choice> choices() { return choices; }
    public StringProperty noteProperty() { return note; }
    public BooleanProperty runningProperty() { return running; }
    public ObjectProperty<TailoredVersion> savedProperty() { return saved; }
}
