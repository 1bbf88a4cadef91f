package dev.careeragent.ui.lock;

import dev.careeragent.core.task.BackgroundTask;
import dev.careeragent.core.task.TaskExecutor;
import dev.careeragent.security.AppLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lock screen's state: locked or not, unlocking off the FX thread (Argon2id takes a moment), and the idle
 * timer on an injectable clock: {@link #activity()} on every input, {@link #checkIdle()} from a periodic timer.
 */
public final class LockViewModel {

    private final AppLock lock;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final Runnable afterForget;
    private final BooleanProperty locked = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private Instant lastActivity;

    /** @param afterForget run after a forgotten password deleted the secrets (e.g. reopen the vault) */
    public LockViewModel(AppLock lock, TaskExecutor tasks, Clock clock, Runnable afterForget) {
        this.lock = lock;
        this.tasks = tasks;
        this.clock = clock;
        this.afterForget = afterForget;
        this.lastActivity = clock.instant();
        locked.set(lock.locked());
    }

    public ReadOnlyBooleanProperty lockedProperty() { return locked; }

    public ReadOnlyBooleanProperty busyProperty() { return busy; }

    public ReadOnlyStringProperty messageProperty() { return message; }

    public void unlock(String password) {
        if (password == null || password.isEmpty()) {
            message.set("Enter your password.");
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of("Unlocking", () -> lock.unlock(password.toCharArray()))
                .onSuccess(attempt -> {
                    busy.set(false);
                    message.set(attempt.message());
                    if (attempt.unlocked()) {
                        activity();
                        locked.set(false);
                    }
                })
                .onFailure(error -> {
                    busy.set(false);
                    message.set(error.getMessage());
                }));
    }

    /** Locks now (tray, shortcut); does nothing without a password. */
    public void lockNow() {
        lock.lock();
        locked.set(lock.locked());
    }

    public void activity() {
        lastActivity = clock.instant();
    }

    /** Locks when the user has been away for the chosen minutes. */
    public void checkIdle() {
        int minutes = lock.idleMinutes();
        if (!locked.get() && minutes > 0 && lock.passwordSet()
                && !clock.instant().isBefore(lastActivity.plus(Duration.ofMinutes(minutes)))) {
            lockNow();
        }
    }

    public String forgetConsequences() {
        return AppLock.forgetConsequences();
    }

    /** Deletes the secrets the forgotten password protected and opens the app; everything else is kept. */
    public void forgetPassword() {
        busy.set(true);
        tasks.execute(BackgroundTask.of("Removing the app lock", () -> {
            lock.forgetPassword();
            return null;
        }).onSuccess(done -> {
            busy.set(false);
            afterForget.run();
            message.set("");
            locked.set(false);
        }).onFailure(error -> {
            busy.set(false);
            message.set(error.getMessage());
        }));
    }
}
