package dev.careeragent.ui.jobs;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.jobs.store.PostingSearch;
import dev.careeragent.ui.UiServices.JobServices;
import dev.careeragent.ui.common.LinkOpener;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the user does to one job of the Jobs table: save, hide (with undo), open its page, copy its link, or add
 * a job from a page. Each change runs in the background and is reflected in the page's rows and notice.
 */
final class JobRowActions {

    private final JobServices jobs;
    private final TaskExecutor tasks;
    private final LinkOpener opener;
    private final Consumer<String> clipboard;
    private final JobsViewModel page;
    final ObjectProperty<PostingRow> undoableHide = new SimpleObjectProperty<>();

    JobRowActions(JobServices jobs, TaskExecutor tasks, LinkOpener opener, Consumer<String> clipboard, JobsViewModel page) {
        this.jobs = jobs;
        this.tasks = tasks;
        this.opener = opener;
        this.clipboard = clipboard;
        this.page = page;
    }

    void toggleSaved(PostingRow row) {
        boolean saved = !row.saved();
        tasks.execute(BackgroundTask.of("Saving the job", () -> {
            jobs.postings().setSaved(row.id(), saved);
            return saved;
        }).onSuccess(done -> {
            replace(row, row.withSaved(saved));
            page.noticeProperty().set(saved ? "Saved \u201c" + row.title() + "\u201d."
                    : "Removed \u201c" + row.title() + "\u201d from saved jobs.");
        }).onFailure(e -> page.errorProperty().set("The job could not be saved: " + e.getMessage())));
    }

    void hide(PostingRow row) {
        setHidden(row.id(), !row.hidden(), () -> {
            page.rows().remove(row);
            int total = page.totalProperty().get();
            if (total <= PostingSearch.COUNT_CAP) {
                page.totalProperty().set(Math.max(0, total - 1));
            }
            undoableHide.set(row);
            page.noticeProperty().set((row.hidden() ? "Shown again: \u201c" : "Hidden \u201c") + row.title() + "\u201d.");
            if (row.equals(page.selectedProperty().get())) {
                page.select(null);
            }
        });
    }

    void undoHide() {
        PostingRow row = undoableHide.get();
        if (row != null) {
            setHidden(row.id(), row.hidden(), () -> {
                undoableHide.set(null);
                page.noticeProperty().set("");
                page.refresh();
            });
        }
    }

    void openOriginal(JobDetail job) {
        String url = job.bestUrl();
        if (url == null) {
            page.errorProperty().set("This job has no web address to open.");
            return;
        }
        tasks.execute(BackgroundTask.<Void>of("Opening the job page", () -> {
            opener.open(url);
            return null;
        }).onFailure(e -> page.errorProperty().set("The browser could not be opened (" + e.getMessage()
                + "). Copy the link instead.")));
    }

    void copyLink(JobDetail job) {
        String url = job.bestUrl();
        if (url != null) {
            clipboard.accept(url);
            page.noticeProperty().set("Link copied.");
        }
    }

    void importJob(String addressOrFile) {
        if (addressOrFile == null || addressOrFile.isBlank()) {
            page.errorProperty().set("Paste a job's web address, or drop a saved job page (.html) here.");
            return;
        }
        page.pageJobs().read(addressOrFile);
    }

    private void setHidden(long id, boolean hidden, Runnable after) {
        tasks.execute(BackgroundTask.of("Hiding the job", () -> {
            jobs.postings().setHidden(id, hidden);
            return hidden;
        }).onSuccess(done -> after.run())
                .onFailure(e -> page.errorProperty().set("The job could not be changed: " + e.getMessage())));
    }

    private void replace(PostingRow old, PostingRow changed) {
        int at = page.rows().indexOf(old);
        if (at >= 0) {
            page.rows().set(at, changed);
        }
        if (old.equals(page.selectedProperty().get())) {
            page.selectedProperty().set(changed);
        }
    }
}
