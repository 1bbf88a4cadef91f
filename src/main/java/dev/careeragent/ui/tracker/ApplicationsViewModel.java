package dev.careeragent.ui.tracker;

import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.ApplicationChanged;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.model.StatusChange;
import dev.careeragent.tracker.TrackerService;
import dev.careeragent.ui.nav.ShowApplication;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The applications board and table: one list of applications, a column per status for the board, a filtered
 * list for the table (search words and a status filter), moves with an undo stack, and the selected one's history.
 */
public final class ApplicationsViewModel {

    private final TrackerService tracker;
    private final TaskExecutor tasks;
    private final ObservableList<Application> all = FXCollections.observableArrayList();
    private final FilteredList<Application> filtered = new FilteredList<>(all);
    private final Map<ApplicationStatus, ObservableList<Application>> columns = new EnumMap<>(ApplicationStatus.class);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ApplicationStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Application> selected = new SimpleObjectProperty<>();
    private final ObservableList<StatusChange> selectedHistory = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty empty = new SimpleBooleanProperty(true);
    private final Deque<TrackerService.Move> undo = new ArrayDeque<>();

    public ApplicationsViewModel(TrackerService tracker, TaskExecutor tasks, EventBus events, Executor uiThread) {
        this.tracker = tracker;
        this.tasks = tasks;
        for (ApplicationStatus status : ApplicationStatus.values()) {
            columns.put(status, FXCollections.observableArrayList());
        }
        search.addListener((o, a, b) -> applyFilter());
        statusFilter.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, b) -> loadHistory(b));
        events.subscribe(ApplicationChanged.class, e -> uiThread.execute(this::refresh));
        events.subscribe(ShowApplication.class, e -> uiThread.execute(() -> select(e.applicationId())));
    }

    /** Reloads every application in the background. */
    public void refresh() {
        tasks.execute(BackgroundTask.of("Loading applications", tracker::all)
                .onSuccess(this::show)
                .onFailure(e -> message.set("Could not load the applications: " + e.getMessage())));
    }

    void show(List<Application> applications) {
        Long selectedId = selected.get() == null ? null : selected.get().id();
        all.setAll(applications);
        columns.values().forEach(List::clear);
        applications.forEach(a -> columns.get(a.status()).add(a));
        empty.set(applications.isEmpty());
        if (selectedId != null) {
            selected.set(applications.stream().filter(a -> a.id().equals(selectedId)).findFirst().orElse(null));
        }
    }

    private void applyFilter() {
        String query = search.get();
        ApplicationStatus only = statusFilter.get();
        filtered.setPredicate(a -> (only == null || a.status() == only) && TrackerService.matches(a, query));
    }

    /** Selects one application (e.g. from a reminder), clearing the search and filter so the table shows it. */
    public void select(long applicationId) {
        tasks.execute(BackgroundTask.of("Opening application", () -> tracker.require(applicationId))
                .onSuccess(a -> {
                    search.set("");
                    statusFilter.set(null);
                    selected.set(a);
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    /** Moves an application (drag, keyboard or menu); the move goes on the undo stack. */
    public void move(long applicationId, ApplicationStatus to) {
        tasks.execute(BackgroundTask.of("Moving application", () -> tracker.move(applicationId, to, null))
                .onSuccess(move -> move.ifPresent(m -> {
                    undo.push(m);
                    canUndo.set(true);
                    message.set("Moved to " + to.label() + ". Ctrl+Z undoes.");
                    refresh();
                }))
                .onFailure(e -> message.set(e.getMessage())));
    }

    /** Moves the selected application one column left (-1) or right (+1): the keyboard alternative to dragging. */
    public void moveSelected(int step) {
        Application a = selected.get();
        if (a == null) {
            return;
        }
        int target = a.status().ordinal() + step;
        if (target >= 0 && target < ApplicationStatus.values().length) {
            move(a.id(), ApplicationStatus.values()[target]);
        }
    }

    public void undo() {
        TrackerService.Move last = undo.poll();
        canUndo.set(!undo.isEmpty());
        if (last == null) {
            return;
        }
        tasks.execute(BackgroundTask.of("Undoing move", () -> tracker.undo(last))
                .onSuccess(done -> {
                    message.set(done ? "Moved back to " + last.change().from().label() + "." : "Nothing to undo.");
                    refresh();
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    private void loadHistory(Application a) {
        if (a == null) {
            selectedHistory.clear();
            return;
        }
        tasks.execute(BackgroundTask.of("Loading history", () -> tracker.history(a.id()))
                .onSuccess(selectedHistory::setAll));
    }

    /** Saves the notes of the selected application. */
    public void saveNotes(String notes) {
        Optional.ofNullable(selected.get()).ifPresent(a -> tasks.execute(BackgroundTask.of("Saving notes", () -> {
            tracker.save(new Application(a.id(), a.jobPostingId(), a.resumeVersionId(), a.company(), a.title(), a.status(),
                    a.channel(), a.link(), a.source(), a.appliedOn(), a.resumeFile(), a.coverLetterFile(), notes,
                    a.followUpOn(), a.createdAt(), a.updatedAt()));
            return null;
        }).onSuccess(x -> message.set("Notes saved.")).onFailure(e -> message.set(e.getMessage()))));
    }

    public ObservableList<Application> column(ApplicationStatus status) { return columns.get(status); }
    public FilteredList<Application> tableRows() { return filtered; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<ApplicationStatus> statusFilterProperty() { return statusFilter; }
    public ObjectProperty<Application> selectedProperty() { return selected; }
    public ObservableList<StatusChange> selectedHistory() { return selectedHistory; }
    public StringProperty messageProperty() { return message; }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo; }
    public ReadOnlyBooleanProperty emptyProperty() { return empty; }
    public int noAnswerAfterDays() { return tracker.noAnswerAfterDays(); }
}
