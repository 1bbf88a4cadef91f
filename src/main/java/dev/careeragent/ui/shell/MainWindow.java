package dev.careeragent.ui.shell;

import dev.careeragent.core.AppInfo;
import dev.careeragent.ui.UiServices;
import dev.careeragent.ui.nav.Navigator;
import dev.careeragent.ui.nav.Page;
import dev.careeragent.ui.nav.PageIds;
import dev.careeragent.ui.nav.PageView;
import dev.careeragent.ui.nav.ShowPosting;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.settings.SettingsSection;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window: navigation rail, the current page, the status bar with running tasks, and keyboard
 * shortcuts (Ctrl+1..9 by rail position, each page's own key, Ctrl+Q to quit). Build and use it on the FX thread.
 */
public final class MainWindow implements Navigator {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    private static final String CLOSE_GUARD = MainWindow.class.getName() + ".closeGuard";

    private final Stage stage;
    private final UiServices services;
    private final Map<String, Page> pages = new LinkedHashMap<>();
    private final Map<String, PageView> views = new HashMap<>();
    private final ObservableList<SettingsSection> settingsSections = FXCollections.observableArrayList();
    private final NavigationRail rail = new NavigationRail(this::navigate);
    private final StackPane content = new StackPane();
    private final StackPane overlay = new StackPane(content);
    private int badgeCount;
    private String pageTitle = "";
    private Runnable quitHandler;
    private final ReadOnlyStringWrapper currentPage = new ReadOnlyStringWrapper();
    private final List<KeyCombination> pageKeys = new ArrayList<>();
    private final ThemeManager theme;
    private final Scene scene;

    public MainWindow(Stage stage, UiServices services) {
        this(stage, services, List.of());
    }

    public MainWindow(Stage stage, UiServices services, List<Page> extraPages) {
        this.stage = stage;
        this.services = services;
        BuiltInPages.all(settingsSections).forEach(page -> pages.put(page.id(), page));
        extraPages.forEach(page -> pages.put(page.id(), page));
        content.getStyleClass().add("content");
        BorderPane root = new BorderPane(overlay);
        root.getStyleClass().add("main-window");
        root.setLeft(rail);
        root.setBottom(new StatusBar(new TaskStatusViewModel(services.tasks(), services.events(), Platform::runLater)));
        scene = new Scene(root, 1120, 740);
        scene.getAccelerators().put(QUIT, this::quit);
        theme = new ThemeManager(services.settings(), SystemThemeDetector.forThisMachine()::prefersDark);
        theme.attach(scene);
        theme.start();
        stage.setScene(scene);
        stage.sizeToScene(); // a stage that showed another scene before keeps that scene's size otherwise
        stage.setMinWidth(820);
        stage.setMinHeight(560);
        stage.setTitle(AppInfo.NAME);
        rebuildNavigation();
        navigate(PageIds.DASHBOARD);
        guardClosing();
    }

    /** Adds (or replaces) a page; the rail and shortcuts follow. */
    public void install(Page page) {
        pages.put(page.id(), page);
        views.remove(page.id());
        rebuildNavigation();
        if (page.id().equals(currentPage.get())) {
            navigate(page.id());
        }
    }

    /**
     * Accepts files dragged onto the window (any page); {@code handler} receives them on the FX thread.
     * Controls that take drops themselves (text fields) consume the event first.
     */
    public void onFilesDropped(Consumer<List<File>> handler) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        scene.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                handler.accept(List.copyOf(event.getDragboard().getFiles()));
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    /** Adds a titled section to the Settings page (features add their own settings this way). */
    public void addSettingsSection(String title, Node sectionContent) {
        settingsSections.add(new SettingsSection(title, sectionContent));
    }

    /** Adds a layer above the pages, e.g. the notification toasts; it lets clicks through where it is empty. */
    public void addOverlay(Node layer) {
        layer.setPickOnBounds(false);
        overlay.getChildren().add(layer);
    }

    /** Shows a count of unread alerts in the window title, e.g. "(3) Jobs – Career Agent"; 0 hides it. */
    public void setBadgeCount(int count) {
        badgeCount = count;
        updateTitle();
    }

    /** What Ctrl+Q (and {@link #quit()}) does instead of closing the window, e.g. quit although the tray keeps the app. */
    public void setQuitHandler(Runnable handler) {
        quitHandler = handler;
    }

    @Override
    public boolean showPosting(long postingId) {
        bringToFront();
        if (!navigate(PageIds.JOBS)) {
            return false;
        }
        services.events().publish(new ShowPosting(postingId));
        return true;
    }

    @Override
    public boolean showApplication(long applicationId) {
        bringToFront();
        if (!navigate(PageIds.APPLICATIONS)) {
            return false;
        }
        services.events().publish(new dev.careeragent.ui.nav.ShowApplication(applicationId));
        return true;
    }

    public void show() {
        stage.show();
    }

    /** Brings the window up when a second launch hands over to this instance. */
    public void bringToFront() {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        stage.requestFocus();
    }

    @Override
    public boolean navigate(String pageId) {
        Page page = pages.get(pageId);
        if (page == null) {
            LOG.debug("No page '{}' installed; navigation ignored", pageId);
            return false;
        }
        if (!pageId.equals(currentPage.get()) && !mayLeaveCurrentPage()) {
            rail.select(currentPage.get());
            return false;
        }
        PageView view = views.computeIfAbsent(pageId, id -> create(page));
        content.getChildren().setAll(view.node());
        currentPage.set(pageId);
        rail.select(pageId);
        pageTitle = page.title();
        updateTitle();
        content.requestFocus(); // no control of the new page starts with a focus ring
        view.onShown();
        return true;
    }

    @Override
    public boolean hasPage(String pageId) {
        return pages.containsKey(pageId);
    }

    /** Quits through the quit handler, or else asks to close the window as its close button does. */
    public void quit() {
        if (!mayLeaveCurrentPage()) {
            return;
        }
        if (quitHandler != null) {
            quitHandler.run();
            return;
        }
        WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        stage.fireEvent(request);
        if (!request.isConsumed()) {
            stage.hide();
        }
    }

    public ReadOnlyStringProperty currentPageProperty() { return currentPage.getReadOnlyProperty(); }
    public ThemeManager theme() { return theme; }
    public Scene scene() { return scene; }
    public Stage stage() { return stage; }

    private boolean mayLeaveCurrentPage() {
        PageView shown = currentPage.get() == null ? null : views.get(currentPage.get());
        return shown == null || shown.mayLeave();
    }

    /** Closing the window asks the shown page first; one guard per stage (tests reuse a stage for many windows). */
    @SuppressWarnings("unchecked")
    private void guardClosing() {
        EventHandler<WindowEvent> guard = event -> {
            if (!mayLeaveCurrentPage()) {
                event.consume();
            }
        };
        Object previous = stage.getProperties().put(CLOSE_GUARD, guard);
        if (previous instanceof EventHandler<?> old) {
            stage.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, (EventHandler<? super WindowEvent>) old);
        }
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, guard);
    }

    private void updateTitle() {
        stage.setTitle((badgeCount > 0 ? "(" + badgeCount + ") " : "") + pageTitle + " \u2013 " + AppInfo.NAME);
    }

    private PageView create(Page page) {
        try {
            return page.factory().create(services, this);
        } catch (RuntimeException e) {
            LOG.error("The page '{}' could not be built", page.title(), e);
            return PageView.of(Layouts.scrollingPage(Layouts.pageHeader(page.title(),
                    "This page could not be opened: " + e.getMessage() + ". The details are in Diagnostics.")));
        }
    }

    private List<Page> railOrder() {
        List<Page> ordered = new ArrayList<>();
        pages.values().stream().filter(p -> p.placement() == Page.Placement.MAIN).forEach(ordered::add);
        pages.values().stream().filter(p -> p.placement() == Page.Placement.FOOTER).forEach(ordered::add);
        return ordered;
    }

    private void rebuildNavigation() {
        pageKeys.forEach(scene.getAccelerators()::remove);
        pageKeys.clear();
        Map<String, List<KeyCombination>> shortcuts = new HashMap<>();
        List<Page> ordered = railOrder();
        for (int i = 0; i < ordered.size(); i++) {
            Page page = ordered.get(i);
            List<KeyCombination> keys = new ArrayList<>();
            if (i < 9) {
                keys.add(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.SHORTCUT_DOWN));
            }
            if (page.extraShortcut() != null) {
                keys.add(page.extraShortcut());
            }
            keys.forEach(key -> scene.getAccelerators().put(key, () -> navigate(page.id())));
            pageKeys.addAll(keys);
            shortcuts.put(page.id(), keys);
        }
        rail.show(ordered, shortcuts);
        if (currentPage.get() != null) {
            rail.select(currentPage.get());
        }
    }
}
