package dev.careeragent.ui.nav;

import javafx.scene.Node;

/** What a page puts in the content area, and what it does each time it becomes visible. */
public interface PageView {

    Node node();

    /** Called every time the page is shown (first time included); pages refresh their data here. */
    default void onShown() {
    }

    static PageView of(Node node) {
        return () -> node;
    }
}
