package dev.careeragent.sources.linkedin;

/** Names shared by the LinkedIn parsers. */
final class LinkedIn {
    static final String SOURCE = "linkedin";
    static final String NAME = "LinkedIn";

    private LinkedIn() {
    }
}
