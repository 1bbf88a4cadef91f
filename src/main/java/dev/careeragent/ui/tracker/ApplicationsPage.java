package dev.careeragent.ui.tracker;

import dev.careeragent.tracker.InterviewService;
import dev.careeragent.tracker.OfferService;
import dev.careeragent.tracker.TrackerService;
import dev.careeragent.ui.common.FolderOpener;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.common.SystemFolderOpener;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Applications page entry (board, table, interviews, offers) for the navigation rail. */
public final class ApplicationsPage {

    /** The page's file dialogs and the system's file opener; tests pass paths and a recorder instead. */
    public record Dialogs(Function<String, Optional<Path>> saveIcs, Function<String, Optional<Path>> openIcs,
            Supplier<Optional<Path>> chooseAttachment, FolderOpener fileOpener) {

        static Dialogs system() {
            return new Dialogs(name -> chooseIcs(name, true), name -> chooseIcs(name, false),
                    () -> choose(new FileChooser(), false), new SystemFolderOpener());
        }
    }

    private ApplicationsPage() {
    }

    public static Page page(TrackerService tracker, InterviewService interviews, OfferService offers) {
        return page(tracker, interviews, offers, Dialogs.system());
    }

    public static Page page(TrackerService tracker, InterviewService interviews, OfferService offers, Dialogs dialogs) {
        return new Page(PageIds.APPLICATIONS, "Applications", Icons.WORK,
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), Page.Placement.MAIN,
                (services, navigator) -> {
                    ApplicationsViewModel model = new ApplicationsViewModel(tracker, services.tasks(), services.events(),
                            Platform::runLater);
                    InterviewsViewModel interviewModel = new InterviewsViewModel(interviews, tracker, services.tasks(),
                            model.selectedProperty());
                    OffersViewModel offerModel = new OffersViewModel(offers, services.tasks());
                    ApplicationDetailsView details = new ApplicationDetailsView(model,
                            new ContactsViewModel(tracker, services.tasks(), model.selectedProperty()),
                            new AttachmentsViewModel(tracker, services.tasks(), dialogs.fileOpener(), model.selectedProperty()),
                            new OfferFormViewModel(offers, services.tasks(), model.selectedProperty()),
                            dialogs.chooseAttachment());
                    ApplicationsView view = new ApplicationsView(model, details,
                            refreshingTab("Interviews", new InterviewsView(interviewModel, dialogs.saveIcs(), dialogs.openIcs()),
                                    interviewModel::refresh),
                            refreshingTab("Offers", new OffersView(offerModel), offerModel::refresh));
                    return new dev.careeragent.ui.nav.PageView() {
                        @Override public javafx.scene.Node node() { return view.node(); }

                        @Override
                        public void onShown() {
                            view.onShown();
                            interviewModel.refresh();
                            offerModel.refresh();
                        }
                    };
                });
    }

    private static Tab refreshingTab(String title, javafx.scene.Node content, Runnable refresh) {
        Tab tab = new Tab(title, content);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT));
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                refresh.run();
            }
        });
        return tab;
    }

    private static Optional<Path> chooseIcs(String suggested, boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar", "*.ics"));
        return choose(chooser, save);
    }

    private static Optional<Path> choose(FileChooser chooser, boolean save) {
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        File file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
