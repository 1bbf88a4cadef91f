package dev.careeragent.ui.tracker;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.tracker.TrackerService;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.Attachment;
import dev.careeragent.ui.common.FolderOpener;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Files kept with the selected application: attach (copied into the data folder), open with the system's app,
 * remove with undo (the file waits in the application's removed/ folder until then).
 */
public final class AttachmentsViewModel {

    private final TrackerService tracker;
    private final TaskExecutor tasks;
    private final FolderOpener opener;
    private final ReadOnlyObjectProperty<Application> application;
    private final ObservableList<Attachment> attachments = FXCollections.observableArrayList();
    /** Removed attachments, the last removed first. */
    private final ObservableList<Attachment> removed = FXCollections.observableArrayList();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");

    public AttachmentsViewModel(TrackerService tracker, TaskExecutor tasks, FolderOpener opener,
            ReadOnlyObjectProperty<Application> application) {
        this.tracker = tracker;
        this.tasks = tasks;
        this.opener = opener;
        this.application = application;
        canUndo.bind(Bindings.isNotEmpty(removed));
        application.addListener((o, a, b) -> {
            if (a == null || b == null || !a.id().equals(b.id())) {
                removed.clear();
                reload();
            }
        });
    }

    public void reload() {
        Application a = application.get();
        if (a == null) {
            attachments.clear();
            return;
        }
        tasks.execute(BackgroundTask.of("Loading attachments", () -> tracker.attachments(a.id()))
                .onSuccess(attachments::setAll)
                .onFailure(e -> message.set(e.getMessage())));
    }

    public void attach(Path file) {
        Application a = application.get();
        if (a == null) {
            message.set("Select an application first.");
            return;
        }
        tasks.execute(BackgroundTask.of("Attaching " + file.getFileName(), () -> tracker.attach(a.id(), file))
                .onSuccess(added -> {
                    message.set("Attached " + added.fileName() + ".");
                    reload();
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    /** Opens the kept copy with the program the system uses for its type. */
    public void open(Attachment attachment) {
        Path file = tracker.file(attachment.storedPath());
        tasks.execute(BackgroundTask.of("Opening " + attachment.fileName(), () -> {
                    opener.open(file);
                    return file;
                })
                .onFailure(e -> message.set("Could not open " + attachment.fileName() + ": " + e.getMessage())));
    }

    public void remove(Attachment attachment) {
        tasks.execute(BackgroundTask.of("Removing " + attachment.fileName(), () -> tracker.removeAttachment(attachment.id()))
                .onSuccess(gone -> {
                    gone.ifPresent(a -> removed.add(0, a));
                    message.set("Removed " + attachment.fileName() + ". Undo puts it back.");
                    reload();
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    /** Puts back the attachment removed last. */
    public void undo() {
        if (removed.isEmpty()) {
            return;
        }
        Attachment last = removed.remove(0);
        tasks.execute(BackgroundTask.of("Restoring " + last.fileName(), () -> tracker.restoreAttachment(last))
                .onSuccess(back -> {
                    message.set("Restored " + back.fileName() + ".");
                    reload();
                })
                .onFailure(e -> message.set(e.getMessage())));
    }

    public ObservableList<Attachment> attachments() { return attachments; }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo; }
    public StringProperty messageProperty() { return message; }
}
