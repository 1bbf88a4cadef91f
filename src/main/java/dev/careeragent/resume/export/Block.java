package dev.careeragent.resume.export;

/**
 * One printable piece of the export template; PDF and DOCX writers render the same blocks. Cover letters
 * lay themselves out in blocks too, so they print with the same fonts and wrapping.
 */
public record Block(Type type, String text) {

    /** The kinds of block, each with its own size and spacing. */
    public enum Type { NAME, HEADLINE, CONTACT, HEADING, ENTRY_TITLE, ENTRY_META, PARAGRAPH, BULLET }
}
