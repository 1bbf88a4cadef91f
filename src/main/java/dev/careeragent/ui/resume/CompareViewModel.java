package dev.careeragent.ui.resume;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.resume.compare.FieldChange;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Compares two versions: what changed from the older ("before") to the newer ("after"), field by field. */
public final class CompareViewModel {

    private final ResumeService resumes;
    private final TaskExecutor tasks;
    private final ObjectProperty<VersionInfo> before = new SimpleObjectProperty<>();
    private final ObjectProperty<VersionInfo> after = new SimpleObjectProperty<>();
    private final ObservableList<FieldChange> changes = FXCollections.observableArrayList();
    private final BooleanProperty compared = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");

    public CompareViewModel(ResumeService resumes, TaskExecutor tasks) {
        this.resumes = resumes;
        this.tasks = tasks;
    }

    public void compare() {
        VersionInfo a = before.get();
        VersionInfo b = after.get();
        if (a == null || b == null) {
            summary.set("Choose two versions to compare.");
            return;
        }
        tasks.execute(BackgroundTask.of("Comparing resume versions", () -> resumes.compare(a.id(), b.id()))
                .onSuccess(diff -> {
                    changes.setAll(diff.changes());
                    compared.set(true);
                    summary.set(diff.isEmpty() ? "The two versions have the same content."
                            : diff.changes().size() + (diff.changes().size() == 1 ? " difference" : " differences")
                            + " from \u201c" + a.label() + "\u201d to \u201c" + b.label() + "\u201d.");
                })
                .onFailure(e -> summary.set(e.getMessage())));
    }

    public ObjectProperty<VersionInfo> beforeProperty() { return before; }
    public ObjectProperty<VersionInfo> afterProperty() { return after; }
    public ObservableList<FieldChange> changes() { return changes; }
    public BooleanProperty comparedProperty() { return compared; }
    public StringProperty summaryProperty() { return summary; }
}
