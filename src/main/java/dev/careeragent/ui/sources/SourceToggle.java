package dev.careeragent.ui.sources;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One source's on/off switch in Settings > Job sources; {@code notice} is shown next to it when it has one. */
public record SourceToggle(String id, String name, String notice, boolean optIn, BooleanProperty enabled) {

    public SourceToggle(String id, String name, String notice, boolean optIn) {
        this(id, name, notice, optIn, new SimpleBooleanProperty());
    }
}
