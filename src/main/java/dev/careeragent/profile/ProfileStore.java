package dev.careeragent.profile;

/** Where the user's preferences are kept; {@code profile.store} implements it over the profile row. */
public interface ProfileStore {

    Preferences load();

    void save(Preferences preferences);

    /** Whether the first-run guide was finished or skipped once (then it does not open by itself again). */
    boolean guideClosed();

    void markGuideClosed();
}
