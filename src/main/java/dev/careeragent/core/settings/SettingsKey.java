package dev.careeragent.core.settings;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One feature's part of the settings file: a value stored under a name ({@link #named}) or a record whose fields sit at
 * the top level of the file ({@link #topLevel}, for settings written that way before the split). The feature declares
 * its key; the store knows none of them.
 *
 * @param name     the JSON property holding the value, or null for a top-level record
 * @param type     what the value is read as
 * @param defaults the value when the file has none or cannot be read
 */
public record SettingsKey<T>(String name, Class<T> type, Supplier<T> defaults) {

    public SettingsKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaults, "defaults");
    }

    public static <T> SettingsKey<T> named(String name, Class<T> type, Supplier<T> defaults) {
        return new SettingsKey<>(Objects.requireNonNull(name, "name"), type, defaults);
    }

    public static <T extends Record> SettingsKey<T> topLevel(Class<T> type, Supplier<T> defaults) {
        return new SettingsKey<>(null, type, defaults);
    }

    boolean isTopLevel() {
        return name == null;
    }
}
