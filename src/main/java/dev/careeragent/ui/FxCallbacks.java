package dev.careeragent.ui;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Runs callbacks on the JavaFX thread: at once when already there, else queued with {@link Platform#runLater}. */
public final class FxCallbacks implements Executor {

    @Override
    public void execute(Runnable command) {
        if (Platform.isFxApplicationThread()) {
            command.run();
        } else {
            Platform.runLater(command);
        }
    }
}
