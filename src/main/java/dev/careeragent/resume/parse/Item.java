package dev.careeragent.resume.parse;

import java.util.List;

/**
 * A logical line of a section: a bullet with its wrapped continuation lines merged, or one plain line.
 * {@code side} holds the parts that stood apart on the right (dates, places) of the line.
 */
record Item(String text, List<String> side, boolean bullet, boolean bold, boolean gapBefore, float x, float fontSize) {

    Item withText(String newText) {
        return new Item(newText, side, bullet, bold, gapBefore, x, fontSize);
    }

    String fullText() {
        return side.isEmpty() ? text : text + " " + String.join(" ", side);
    }
}
