package dev.careeragent.ui.jobs;

import dev.careeragent.sources.catalog.SourceCatalog;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A source in the search editor: ticked or not, with what the user should know (opt-in notice, attribution). */
public final class SourceChoice {

    private final SourceCatalog.Entry entry;
    private final BooleanProperty selected = new SimpleBooleanProperty();

    SourceChoice(SourceCatalog.Entry entry) {
        this.entry = entry;
    }

    public String id() {
        return entry.id();
    }

    public String name() {
        return entry.displayName();
    }

    /** "browser" sources are slower and may be blocked; shown next to the name. */
    public String kind() {
        return entry.needsBrowser() ? "job board, real browser" : "public API";
    }

    public String notice() {
        return entry.notice();
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
