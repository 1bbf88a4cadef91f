package dev.careeragent.letters;

/** Short: about 150 words, three strongest matches. Standard: about 250 words, with a paragraph on the rest. */
public enum LetterLength {
    SHORT(150), STANDARD(250);

    private final int words;

    LetterLength(int words) {
        this.words = words;
    }

    public int words() {
        return words;
    }
}
