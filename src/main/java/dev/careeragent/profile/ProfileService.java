package dev.careeragent.profile;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The user's preferences: read once, saved on change, and announced to whoever scores jobs with them. */
public final class ProfileService {

    private final ProfileStore store;
    private final List<Consumer<Preferences>> listeners = new CopyOnWriteArrayList<>();
    private volatile Preferences preferences;

    public ProfileService(ProfileStore store) {
        this.store = store;
        this.preferences = store.load();
    }

    public Preferences preferences() {
        return preferences;
    }

    /** Saves the preferences and tells the listeners (matching rescores with them). */
    public void save(Preferences changed) {
        store.save(changed);
        preferences = changed;
        listeners.forEach(listener -> listener.accept(changed));
    }

    /** Whether the first-run guide was finished or skipped: it then opens only when asked for. */
    public boolean guideClosed() {
        return store.guideClosed();
    }

    public void markGuideClosed() {
        store.markGuideClosed();
    }

    /** Calls {@code listener} after every change. */
    public void onChange(Consumer<Preferences> listener) {
        listeners.add(listener);
    }

    /** Calls {@code listener} with the current preferences now and after every change. */
    public void follow(Consumer<Preferences> listener) {
        listeners.add(listener);
        listener.accept(preferences);
    }
}
