package dev.careeragent.skills;

/** How strictly a name must appear in text before it counts as a mention of its skill. */
enum MatchRule {
    /** Any casing: "postgresql", "PostgreSQL". Plural forms count too. */
    ANY_CASE,
    /** Only as written in the taxonomy ("Rust", not the trade word "rust"). Marked {@code =} in the file. */
    EXACT_CASE,
    /**
     * As written and with evidence that it is a skill: a list of other skills around it or a cue word
     * ("Go, Rust and C++", "R programming"). For names that are also common words or letters ("Go", "R",
     * "Excel", "Spring"). Marked {@code !} in the file.
     */
    NEEDS_CONTEXT;

    static MatchRule ofMark(char mark) {
        return switch (mark) {
            case '=' -> EXACT_CASE;
            case '!' -> NEEDS_CONTEXT;
            default -> ANY_CASE;
        };
    }
}
