package dev.careeragent.ui.resume;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.resume.ats.AtsReason;
import dev.careeragent.resume.ats.AtsReport;
import dev.careeragent.resume.ats.AtsService;
import dev.careeragent.resume.ats.AtsSuggestion;
import dev.careeragent.resume.ats.CategoryScore;
import dev.careeragent.resume.model.PostingChoice;
import dev.careeragent.resume.ats.WritingAdvice;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The ATS panel: a saved posting or pasted job text, and the score, reasons, suggestions and advice for the shown version. */
public final class AtsViewModel {

    static final int POSTING_CHOICES = 200;

    private final AtsService ats;
    private final TaskExecutor tasks;
    private final LongSupplier shownVersion;
    private final ObservableList<PostingChoice> postings = FXCollections.observableArrayList();
    private final ObjectProperty<PostingChoice> posting = new SimpleObjectProperty<>();
    private final StringProperty jobText = new SimpleStringProperty("");
    private final IntegerProperty score = new SimpleIntegerProperty();
    private final BooleanProperty checked = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<CategoryScore> categories = FXCollections.observableArrayList();
    private final ObservableList<AtsReason> reasons = FXCollections.observableArrayList();
    private final ObservableList<AtsSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<WritingAdvice> advice = FXCollections.observableArrayList();
    private TailorViewModel tailoring;

    /** @param shownVersion the id of the version on screen, or a negative number when none is */
    public AtsViewModel(AtsService ats, TaskExecutor tasks, LongSupplier shownVersion) {
        this.ats = ats;
        this.tasks = tasks;
        this.shownVersion = shownVersion;
    }

    public void loadPostings() {
        tasks.execute(BackgroundTask.of("Loading saved postings", () -> ats.postings(POSTING_CHOICES))
                .onSuccess(postings::setAll)
                .onFailure(e -> error.set(e.getMessage())));
    }

    /** Checks the shown version against the pasted text when there is some, else against the chosen posting. */
    public void check() {
        long version = shownVersion.getAsLong();
        String text = jobText.get() == null ? "" : jobText.get().strip();
        PostingChoice chosen = posting.get();
        if (version < 0) {
            error.set("Import a resume first; the check compares it with a job.");
            return;
        }
        if (text.isEmpty() && chosen == null) {
            error.set("Choose a saved job posting, or paste the job description into the box.");
            return;
        }
        error.set("");
        running.set(true);
        tasks.execute(BackgroundTask.of("Checking your resume against the job", () -> text.isEmpty()
                        ? ats.checkAgainstPosting(version, chosen.id()) : ats.checkAgainstText(version, text))
                .onSuccess(this::show)
                .onFailure(e -> error.set(e.getMessage()))
                .onFinished(() -> running.set(false)));
    }

    private void show(AtsReport report) {
        score.set(report.score());
        categories.setAll(report.categories());
        reasons.setAll(report.reasons());
        suggestions.setAll(report.suggestions());
        advice.setAll(report.advice());
        checked.set(true);
    }

    /** Adds "Tailor for this job" to the panel. */
    public void useTailoring(TailorViewModel model) {
        this.tailoring = model;
    }

    public java.util.Optional<TailorViewModel> tailoring() {
        return java.util.Optional.ofNullable(tailoring);
    }

    /** The shown version changed: an old report no longer applies. */
    public void clear() {
        if (tailoring != null) {
            tailoring.clear();
        }
        checked.set(false);
        categories.clear();
        reasons.clear();
        suggestions.clear();
        advice.clear();
    }

    public ObservableList<PostingChoice> postings() { return postings; }
    public ObjectProperty<PostingChoice> postingProperty() { return posting; }
    public StringProperty jobTextProperty() { return jobText; }
    public IntegerProperty scoreProperty() { return score; }
    public BooleanProperty checkedProperty() { return checked; }
    public BooleanProperty runningProperty() { return running; }
    public StringProperty errorProperty() { return error; }
    public ObservableList<CategoryScore> categories() { return categories; }
    public ObservableList<AtsReason> reasons() { return reasons; }
    public ObservableList<AtsSuggestion> suggestions() { return suggestions; }
    public ObservableList<WritingAdvice> advice() { return advice; }
}
