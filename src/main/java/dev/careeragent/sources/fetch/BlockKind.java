package dev.careeragent.sources.fetch;

/** The kinds of "not for robots" answers a site gives instead of the page. */
public enum BlockKind {
    CAPTCHA("a CAPTCHA (\"verify you are human\")"),
    LOGIN_WALL("a sign-in wall"),
    SIGN_UP_WALL("a sign-up wall"),
    BOT_BLOCK("a block page for automated visitors");

    private final String description;

    BlockKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
