package dev.careeragent.sources.fetch;

/** The kinds of "not for robots" answers a site gives instead of the page. */
public enum BlockKind {
    CAPTCHA("a CAPTCHA (\"verify you are human\")", "asked to prove it is a person"),
    LOGIN_WALL("a sign-in wall", "asked for a sign-in"),
    SIGN_UP_WALL("a sign-up wall", "asked for a sign-up"),
    BOT_BLOCK("a block page for automated visitors", "turned automated visits away");

    private final String description;
    private final String asked;

    BlockKind(String description, String asked) {
        this.description = description;
        this.asked = asked;
    }

    /** What the site did, for a one-line headline: "asked for a sign-in". */
    public String asked() {
        return asked;
    }

    public String description() {
        return description;
    }
}
