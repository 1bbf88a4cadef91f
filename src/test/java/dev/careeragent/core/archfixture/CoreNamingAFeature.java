package dev.careeragent.core.archfixture;

import dev.careeragent.notify.settings.NotificationSettings;

/** Deliberately wrong (ArchitectureRulesTest): the core reading a feature's settings by its type. */
public final class CoreNamingAFeature {

    public Object defaults() {
        return NotificationSettings.defaults();
    }
}
