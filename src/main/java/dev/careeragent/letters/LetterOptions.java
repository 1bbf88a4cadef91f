package dev.careeragent.letters;

/** What the user picks before a letter is written. Template letters are English; a model writes any language. */
public record LetterOptions(Tone tone, LetterLength length, String language) {

    public LetterOptions {
        tone = tone == null ? Tone.FORMAL : tone;
        length = length == null ? LetterLength.STANDARD : length;
        language = language == null || language.isBlank() ? "English" : language.strip();
    }

    public static LetterOptions defaults() {
        return new LetterOptions(Tone.FORMAL, LetterLength.STANDARD, "English");
    }
}
