package dev.careeragent.sources;

/** Text helpers the parsers share. */
public final class Texts {

    private Texts() {
    }

    /** The first argument that is not null or blank, else null. */
    public static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
