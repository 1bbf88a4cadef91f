package dev.careeragent.ui.tracker;

import dev.careeragent.tracker.InterviewService;
import dev.careeragent.tracker.OfferService;
import dev.careeragent.tracker.TrackerService;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The Applications page entry (board, table, interviews, offers) for the navigation rail. */
public final class ApplicationsPage {

    private ApplicationsPage() {
    }

    public static Page page(TrackerService tracker, InterviewService interviews, OfferService offers) {
        return page(tracker, interviews, offers, name -> choose(name, true), name -> choose(name, false));
    }

    /** As {@link #page(TrackerService, InterviewService, OfferService)} with the file dialogs given (tests). */
    public static Page page(TrackerService tracker, InterviewService interviews, OfferService offers,
            Function<String, Optional<Path>> chooseSave, Function<String, Optional<Path>> chooseOpen) {
        return new Page(PageIds.APPLICATIONS, "Applications", Icons.WORK,
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), Page.Placement.MAIN,
                (services, navigator) -> {
                    ApplicationsViewModel model = new ApplicationsViewModel(tracker, services.tasks(), services.events(),
                            Platform::runLater);
                    InterviewsViewModel interviewModel = new InterviewsViewModel(interviews, tracker, services.tasks(),
                            model.selectedProperty());
                    OffersViewModel offerModel = new OffersViewModel(offers, services.tasks());
                    ApplicationsView view = new ApplicationsView(model,
                            refreshingTab("Interviews", new InterviewsView(interviewModel, chooseSave, chooseOpen), interviewModel::refresh),
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
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                refresh.run();
            }
        });
        return tab;
    }

    private static Optional<Path> choose(String suggested, boolean save) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("iCalendar", "*.ics"));
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        File file = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
