package dev.careeragent.ui.jobs;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One source's line in a running search: its state ("running", "done", "paused") and the latest progress. */
public final class SourceRunItem {

    private final String id;
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty state = new SimpleStringProperty("waiting");
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");

    SourceRunItem(String id, String name) {
        this.id = id;
        this.name.set(name);
    }

    public String id() {
        return id;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty stateProperty() { return state; }
    /** The one-line progress or outcome ("No internet connection"). */
    public StringProperty detailProperty() { return detail; }
    /** The full story behind a failed line, shown on request. */
    public StringProperty detailsProperty() { return details; }
}
