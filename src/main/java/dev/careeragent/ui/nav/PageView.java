package dev.careeragent.ui.nav;

import javafx.scene.Node;

/** What a page puts in the content area, and what it does each time it becomes visible. */
public interface PageView {

    Node node();

    /** Called every time the page is shown (first time included); pages refresh their data here. */
    default void onShown() {
    }

    /**
     * Asked before another page replaces this one, the window closes or the app quits; false keeps the page (the
     * user chose to stay, e.g. with unsaved changes). May ask the user on the FX thread.
     */
    default boolean mayLeave() {
        return true;
    }

    static PageView of(Node node) {
        return () -> node;
    }
}
