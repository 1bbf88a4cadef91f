package dev.careeragent.ui.common;

import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/** Puts text on the system clipboard (FX thread only). */
public final class Clipboards {

    private Clipboards() {
    }

    public static void copy(String text) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
    }
}
