package dev.careeragent.ui.resume;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskCancelledException;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.resume.model.DeletedVersion;
import dev.careeragent.resume.ResumeExportFormat;
import dev.careeragent.resume.ResumeService;
import dev.careeragent.resume.StoredResume;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.ResumeImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Resume page: import (with a password when a PDF needs one), the version list and its commands, the
 * editor of the selected version, and the preview of its original file. All work runs as background tasks.
 */
public final class ResumeViewModel {

    private final ResumeService resumes;
    private final TaskExecutor tasks;
    private final PreviewSource previews;
    private final ResumeForm form = new ResumeForm();
    private final ObservableList<VersionInfo> versions = FXCollections.observableArrayList();
    private final ObjectProperty<StoredResume> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Preview> preview = new SimpleObjectProperty<>(Preview.NONE);
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty empty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty passwordNeeded = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<DeletedVersion> undoable = new SimpleObjectProperty<>();
    private Path pendingFile;

    public ResumeViewModel(ResumeService resumes, TaskExecutor tasks, PreviewSource previews) {
        this.resumes = resumes;
        this.tasks = tasks;
        this.previews = previews;
    }

    /** Reloads the version list; shows the primary (or newest) version when none is shown yet. */
    public void refresh() {
        refresh(null);
    }

    private void refresh(Long show) {
        run(BackgroundTask.of("Loading resume versions", resumes::list), list -> {
            versions.setAll(list);
            empty.set(list.isEmpty());
            Long target = show != null ? show : current.get() != null && list.stream().anyMatch(v -> v.id() == current.get().id())
                    ? null : list.stream().filter(VersionInfo::primary).findFirst().or(() -> list.stream().findFirst())
                    .map(VersionInfo::id).orElse(null);
            if (target != null) {
                select(target);
            } else if (list.isEmpty()) {
                current.set(null);
                loaded.set(false);
                preview.set(Preview.NONE);
            }
        });
    }

    public void importFile(Path file) {
        importFile(file, null);
    }

    /** Retries the file that needed a password. */
    public void importWithPassword(String password) {
        if (pendingFile != null) {
            importFile(pendingFile, password);
        }
    }

    private void importFile(Path file, String password) {
        error.set("");
        notice.set("");
        passwordNeeded.set(false);
        busy.set(true);
        tasks.execute(resumes.importTask(file, password, null)
                .onSuccess(info -> {
                    pendingFile = null;
                    notice.set("Imported \u201c" + info.label() + "\u201d" + (info.primary() ? " as your primary resume." : "."));
                    refresh(info.id());
                })
                .onFailure(e -> {
                    if (e instanceof ResumeImportException bad && bad.kind() == ResumeImportException.Kind.ENCRYPTED) {
                        pendingFile = file;
                        passwordNeeded.set(true);
                    }
                    fail(file.getFileName() + ": ", e);
                })
                .onFinished(() -> busy.set(false)));
    }

    /** Shows a version in the editor and its original file in the preview. */
    public void select(long id) {
        run(BackgroundTask.of("Opening resume version", () -> resumes.load(id)), stored -> {
            current.set(stored);
            form.load(stored.resume());
            loaded.set(true);
            loadPreview(stored);
        });
    }

    private void loadPreview(StoredResume stored) {
        preview.set(Preview.NONE);
        tasks.execute(BackgroundTask.of("Rendering the preview", () -> {
            Optional<byte[]> bytes = resumes.originalFile(stored.id());
            return bytes.isEmpty() ? new Preview(java.util.List.of(), "The original file is not stored for this version.")
                    : previews.render(bytes.get(), stored.info().sourceFormat());
        }).onSuccess(p -> {
            if (current.get() != null && current.get().id() == stored.id()) {
                preview.set(p);
            }
        }).onFailure(e -> preview.set(new Preview(java.util.List.of(), "No preview: the original file could not be shown ("
                + e.getMessage() + ")."))));
    }

    /** Saves the editor's content as a new version whose parent is the shown one. */
    public void save() {
        StoredResume shown = current.get();
        if (shown == null) {
            error.set("Import a resume first; then you can correct it and save the result as a new version.");
            return;
        }
        Resume edited;
        try {
            edited = form.toResume();
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        if (edited.equals(shown.resume())) {
            notice.set("Nothing has changed since \u201c" + shown.info().label() + "\u201d, so no new version was saved.");
            return;
        }
        run(BackgroundTask.of("Saving a new resume version", () -> resumes.saveCorrection(shown.id(), edited, null)), info -> {
            notice.set("Saved your changes as \u201c" + info.label() + "\u201d.");
            refresh(info.id());
        });
    }

    public void rename(VersionInfo version, String label) {
        run(BackgroundTask.of("Renaming a resume version", () -> resumes.rename(version.id(), label)), ok -> refresh());
    }

    public void delete(VersionInfo version) {
        run(BackgroundTask.of("Deleting a resume version", () -> resumes.delete(version.id())), deleted -> {
            undoable.set(deleted);
            if (current.get() != null && current.get().id() == deleted.id()) {
                current.set(null);
                loaded.set(false);
            }
            refresh();
        });
    }

    public void undoDelete() {
        DeletedVersion deleted = undoable.get();
        if (deleted != null) {
            undoable.set(null);
            run(BackgroundTask.of("Restoring a resume version", () -> resumes.restore(deleted)), ok -> refresh(deleted.id()));
        }
    }

    public void dismissUndo() {
        undoable.set(null);
    }

    public void makePrimary(VersionInfo version) {
        run(BackgroundTask.of("Choosing the primary resume", () -> {
            resumes.makePrimary(version.id());
            return version;
        }), v -> {
            notice.set("\u201c" + v.label() + "\u201d is now your primary resume; matching uses it.");
            refresh();
        });
    }

    public void export(ResumeExportFormat format, Path target) {
        StoredResume shown = current.get();
        if (shown == null) {
            return;
        }
        run(BackgroundTask.of("Exporting your resume", () -> Files.write(target, resumes.export(shown.id(), format))),
                path -> notice.set("Exported to " + path + "."));
    }

    /** A suggested file name for exporting the shown version. */
    public String exportFileName(ResumeExportFormat format) {
        String label = current.get() == null ? "resume" : current.get().info().label();
        return label.replaceAll("[\\\\/:*?\"<>|]+", "-").strip() + "." + format.extension();
    }

    private <V> void run(BackgroundTask<V> task, java.util.function.Consumer<V> then) {
        error.set("");
        tasks.execute(task.onSuccess(then).onFailure(e -> fail("", e)));
    }

    private void fail(String prefix, Exception e) {
        if (e instanceof TaskCancelledException) {
            notice.set("Cancelled.");
            return;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        error.set(prefix + message);
    }

    public ResumeForm form() { return form; }
    public ObservableList<VersionInfo> versions() { return versions; }
    public ObjectProperty<StoredResume> currentProperty() { return current; }
    public ObjectProperty<Preview> previewProperty() { return preview; }
    public BooleanProperty loadedProperty() { return loaded; }
    /** No version stored yet: the page shows how to import one. */
    public BooleanProperty emptyProperty() { return empty; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty passwordNeededProperty() { return passwordNeeded; }
    public StringProperty errorProperty() { return error; }
    public StringProperty noticeProperty() { return notice; }
    /** The last deleted version while it can still be brought back. */
    public ObjectProperty<DeletedVersion> undoableProperty() { return undoable; }
}
