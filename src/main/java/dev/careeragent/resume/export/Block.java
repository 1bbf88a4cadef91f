package dev.careeragent.resume.export;

/** One printable piece of the export template; PDF and DOCX writers render the same blocks. */
record Block(Type type, String text) {

    enum Type { NAME, HEADLINE, CONTACT, HEADING, ENTRY_TITLE, ENTRY_META, PARAGRAPH, BULLET }
}
