package dev.careeragent.profile;

/** Where the user's preferences are kept; {@code profile.store} implements it over the profile row (V1). */
public interface ProfileStore {

    Preferences load();

    void save(Preferences preferences);
}
