package dev.careeragent.ui.shell;

import atlantafx.base.theme.Styles;
import dev.careeragent.core.AppInfo;
import dev.careeragent.core.settings.SettingsStore;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window as it first appears, before the database and the model are open: the rail and a page in outline,
 * "Opening your data..." in the status bar. The main window takes over the same stage when the services are ready.
 */
public final class LoadingShell {

    public static final String OPENING = "Opening your data\u2026";

    private final Scene scene;

    /** Builds the shell in the saved theme (a system theme shows light until the main window asks the OS). */
    public LoadingShell(SettingsStore settings) {
        VBox rail = new VBox(18, mark(), skeletons(6, 84, 52));
        rail.getStyleClass().add("nav-rail");
        rail.setAlignment(Pos.TOP_CENTER);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Label opening = new Label(OPENING);
        opening.setId("loading-message");
        opening.getStyleClass().add(Styles.TEXT_MUTED);
        VBox page = new VBox(18, skeleton(320, 30), skeleton(520, 16), new HBox(16, skeleton(180, 96), skeleton(180, 96),
                skeleton(180, 96)), new HBox(12, spinner, opening));
        page.getStyleClass().add("page");
        ((HBox) page.getChildren().get(3)).setAlignment(Pos.CENTER_LEFT);

        Label status = new Label(OPENING);
        status.setId("loading-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox statusBar = new HBox(status);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(page, null, null, statusBar, rail);
        root.getStyleClass().addAll("main-window", "loading-shell");
        scene = new Scene(root, 1120, 740);
        ThemeManager theme = new ThemeManager(settings, () -> false);
        theme.attach(scene);
        theme.applySaved();
    }

    /** Puts the shell on {@code stage}; the caller places and shows the stage. */
    public void attachTo(Stage stage) {
        stage.setScene(scene);
        stage.setMinWidth(820);
        stage.setMinHeight(560);
        stage.setTitle(AppInfo.NAME);
    }

    public Scene scene() {
        return scene;
    }

    private static Label mark() {
        Label mark = new Label("CA");
        mark.getStyleClass().add("app-mark");
        return mark;
    }

    private static VBox skeletons(int count, double width, double height) {
        VBox column = new VBox(8);
        for (int i = 0; i < count; i++) {
            column.getChildren().add(skeleton(width, height));
        }
        return column;
    }

    private static Region skeleton(double width, double height) {
        Region block = new Region();
        block.getStyleClass().add("skeleton");
        block.setPrefSize(width, height);
        block.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        block.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return block;
    }
}
