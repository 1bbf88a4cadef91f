package dev.careeragent.ui.resume;

import java.util.List;
import javafx.scene.image.Image;

/** What the preview shows of the original file: rendered pages (PDF), or its text (Word, text, JSON). */
public record Preview(List<Image> pages, String text) {

    public Preview {
        pages = List.copyOf(pages);
    }

    public static final Preview NONE = new Preview(List.of(), "");
}
