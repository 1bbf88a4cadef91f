package dev.careeragent.ui.lock;

import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The locked window: while locked the scene shows only this (the pages are taken out of the scene, so neither
 * clicks nor Tab reach them); unlocking puts them back. Also feeds the idle timer from the scene's input.
 */
public final class LockScreen {

    private static final Duration IDLE_CHECK = Duration.seconds(15);

    private final LockViewModel model;
    private final StackPane root = new StackPane();
    private final PasswordField password = new PasswordField();

    private LockScreen(LockViewModel model) {
        this.model = model;
        root.setId("lock-screen");
        root.getStyleClass().add("lock-screen");
        root.setStyle("-fx-background-color: -color-bg-default;");

        Label title = new Label("Career Agent is locked");
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label("Enter your app-lock password to continue.");
        password.setId("lock-password");
        password.setPromptText("Password");
        password.setMaxWidth(280);
        password.disableProperty().bind(model.busyProperty());
        Button unlock = new Button("Unlock");
        unlock.setId("unlock");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.disableProperty().bind(model.busyProperty());
        unlock.setOnAction(e -> {
            model.unlock(password.getText());
            password.clear();
        });
        Label message = new Label();
        message.setId("lock-message");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.setMaxWidth(360);
        message.textProperty().bind(model.messageProperty());
        Hyperlink forgot = new Hyperlink("Forgot your password?");
        forgot.setId("forgot-password");
        forgot.setOnAction(e -> confirmForget());

        VBox box = new VBox(12, title, hint, password, unlock, message, forgot);
        box.setAlignment(Pos.CENTER);
        root.getChildren().add(box);
    }

    /** Locks and unlocks {@code scene} with {@code model}; checks for idleness every 15 seconds. */
    public static LockScreen install(Scene scene, LockViewModel model) {
        LockScreen screen = new LockScreen(model);
        Parent[] app = {scene.getRoot()};
        Runnable apply = () -> {
            if (model.lockedProperty().get()) {
                if (scene.getRoot() != screen.root) {
                    app[0] = scene.getRoot();
                    scene.setRoot(screen.root);
                }
                screen.password.requestFocus();
            } else if (scene.getRoot() == screen.root) {
                scene.setRoot(app[0]);
            }
        };
        model.lockedProperty().addListener((obs, was, now) -> apply.run());
        apply.run();
        scene.addEventFilter(InputEvent.ANY, e -> model.activity());
        Timeline idle = new Timeline(new KeyFrame(IDLE_CHECK, e -> model.checkIdle()));
        idle.setCycleCount(Timeline.INDEFINITE);
        idle.play();
        return screen;
    }

    private void confirmForget() {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.forgetConsequences(), ButtonType.CANCEL, ButtonType.OK);
        confirm.setTitle("Forgot your password?");
        confirm.setHeaderText("Remove the app lock and your saved secrets?");
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> model.forgetPassword());
    }
}
