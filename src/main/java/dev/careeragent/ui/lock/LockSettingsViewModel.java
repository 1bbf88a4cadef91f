package dev.careeragent.ui.lock;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.security.AppLock;
import java.io.IOException;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Settings -> Security: set, change or remove the app-lock password, and the idle minutes. */
public final class LockSettingsViewModel {

    /** Idle choices in minutes; 0 is "never". */
    public static final List<Integer> IDLE_CHOICES = List.of(0, 1, 5, 10, 15, 30, 60);
    static final int MIN_LENGTH = 8;

    private final AppLock lock;
    private final TaskExecutor tasks;
    private final BooleanProperty passwordSet = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final IntegerProperty idleMinutes = new SimpleIntegerProperty();

    public LockSettingsViewModel(AppLock lock, TaskExecutor tasks) {
        this.lock = lock;
        this.tasks = tasks;
        passwordSet.set(lock.passwordSet());
        idleMinutes.set(lock.idleMinutes());
        idleMinutes.addListener((obs, old, minutes) -> saveIdle(minutes.intValue()));
    }

    public ReadOnlyBooleanProperty passwordSetProperty() { return passwordSet; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public StringProperty currentProperty() { return current; }
    public StringProperty replacementProperty() { return replacement; }
    public StringProperty confirmationProperty() { return confirmation; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    public IntegerProperty idleMinutesProperty() { return idleMinutes; }

    /** Sets the password, or changes it (the vault key is re-wrapped, secrets stay). */
    public void save() {
        String chosen = replacement.get();
        if (chosen.length() < MIN_LENGTH) {
            status.set("Choose a password of at least " + MIN_LENGTH + " characters.");
            return;
        }
        if (!chosen.equals(confirmation.get())) {
            status.set("The two new passwords differ. Type the same password twice.");
            return;
        }
        boolean changing = passwordSet.get();
        char[] old = current.get().toCharArray();
        run(changing ? "Changing the app-lock password" : "Setting the app-lock password",
                () -> lock.setPassword(old, chosen.toCharArray()),
                changing ? "Password changed. Your saved secrets are now protected by the new one."
                        : "App lock on: Career Agent will open locked and lock itself when you are away.");
    }

    public void remove() {
        char[] old = current.get().toCharArray();
        run("Removing the app lock", () -> lock.removePassword(old), "App lock off.");
    }

    private void run(String title, Runnable change, String done) {
        busy.set(true);
        tasks.execute(BackgroundTask.of(title, () -> {
            change.run();
            return null;
        }).onSuccess(ok -> {
            busy.set(false);
            passwordSet.set(lock.passwordSet());
            current.set("");
            replacement.set("");
            confirmation.set("");
            status.set(done);
        }).onFailure(error -> {
            busy.set(false);
            status.set(error.getMessage().startsWith("The password is not correct")
                    ? "The current password is not correct." : error.getMessage());
        }));
    }

    private void saveIdle(int minutes) {
        try {
            lock.setIdleMinutes(minutes);
        } catch (IOException e) {
            status.set("The idle time could not be saved (" + e.getMessage() + ").");
        }
    }
}
