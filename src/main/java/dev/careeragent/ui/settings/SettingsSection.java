package dev.careeragent.ui.settings;

import java.util.Objects;
import javafx.scene.Node;

/** A titled block a feature adds to the Settings page. */
public record SettingsSection(String title, Node content) {

    public SettingsSection {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
    }
}
