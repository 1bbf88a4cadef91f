package dev.careeragent.ui.resume;

import java.util.function.Consumer;
import java.util.List;
import java.io.File;
import dev.careeragent.tailor.TailorService;
import dev.careeragent.ui.UiServices;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.shell.MainWindow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Puts the Resume page in the main window, with a file dropped anywhere on the window imported there,
 * Ctrl+O to import and Ctrl+S to save a corrected version.
 */
public final class ResumeFeature {

    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final UiServices services;
    private final TailorService tailor;
    private ResumeView view;

    private ResumeFeature(UiServices services, TailorService tailor) {
        this.services = services;
        this.tailor = tailor;
    }

    /** Adds the page; returns what imports files into it (drops, "Open with Career Agent"). */
    public static Consumer<List<File>> install(MainWindow window, UiServices services) {
        return install(window, services, null);
    }

    /** The same, with "Tailor for this job" in the ATS panel when {@code tailor} is not null. */
    public static Consumer<List<File>> install(MainWindow window, UiServices services, TailorService tailor) {
        ResumeFeature feature = new ResumeFeature(services, tailor);
        window.install(new Page(PageIds.RESUME, "Resume", Icons.RESUME, null, Page.Placement.MAIN, (s, nav) -> feature.view()));
        Consumer<List<File>> importer = files -> {
            window.navigate(PageIds.RESUME);
            feature.view().importFiles(files);
        };
        window.onFilesDropped(importer);
        window.scene().getAccelerators().put(OPEN, () -> {
            window.navigate(PageIds.RESUME);
            feature.view().chooseFile();
        });
        window.scene().getAccelerators().put(SAVE, () -> {
            if (PageIds.RESUME.equals(window.currentPageProperty().get())) {
                feature.view().save();
            }
        });
        return importer;
    }

    /** The page, built once on first use. */
    private ResumeView view() {
        if (view == null) {
            ResumeViewModel model = new ResumeViewModel(services.resumes(), services.tasks(), new DocumentPreview());
            AtsViewModel ats = new AtsViewModel(services.ats(), services.tasks(),
                    () -> model.currentProperty().get() == null ? -1 : model.currentProperty().get().id());
            if (tailor != null) {
                ats.useTailoring(new TailorViewModel(tailor, services.tasks(), () -> model.currentProperty().get() == null ? -1
                        : model.currentProperty().get().id(), ats.postingProperty(), ats.jobTextProperty(), model::refresh));
            }
            view = new ResumeView(model, ats, new CompareViewModel(services.resumes(), services.tasks()));
        }
        return view;
    }
}
