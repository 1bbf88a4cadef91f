package dev.careeragent.ui.assistant;

import javafx.scene.control.Label;

/**
 * A wrapping label that measures its text once per width. JavaFX caches a node's preferred height only when no width
 * is given, and a wrapping label is always asked for a width, so every layout pass of the chat used to lay out the
 * text of every message again (the transcript and each streamed line): the cost of a pulse grew with the
 * conversation. This label keeps its height until its own layout is requested (text, font or padding changed).
 */
final class MeasuredOnceLabel extends Label {

    private double measuredWidth = Double.NaN;
    private double measuredHeight;

    MeasuredOnceLabel(String text) {
        super(text);
        setWrapText(true);
        setMinHeight(USE_PREF_SIZE);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width != measuredWidth) {
            measuredHeight = super.computePrefHeight(width);
            measuredWidth = width;
        }
        return measuredHeight;
    }

    @Override
    public void requestLayout() {
        measuredWidth = Double.NaN;
        super.requestLayout();
    }
}
