package dev.careeragent.ui.common;

import javafx.scene.control.Button;

/** Buttons made the same way on every page: an id for tests and shortcuts, an optional AtlantaFX style, an action. */
public final class Buttons {

    private Buttons() {
    }

    public static Button of(String id, String text, String style, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        if (style != null) {
            b.getStyleClass().add(style);
        }
        b.setOnAction(e -> action.run());
        return b;
    }
}
