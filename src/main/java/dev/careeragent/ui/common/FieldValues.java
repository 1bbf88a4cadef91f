package dev.careeragent.ui.common;

/** Reads what a user typed into a settings field, with a message that says which field to fix and how. */
public final class FieldValues {

    private FieldValues() {
    }

    /** @throws IllegalArgumentException naming the field when the text is not a whole number in the range */
    public static int wholeNumber(String text, String what, int min, int max) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below in words
        }
        throw new IllegalArgumentException(what + " must be a whole number from " + min + " to " + max + ".");
    }
}
