package dev.careeragent.letters.export;

import java.util.Locale;

/** The files a letter exports to. */
public enum LetterFormat {
    PDF("pdf"), DOCX("docx"), TXT("txt");

    private final String extension;

    LetterFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a file name asks for, e.g. "letter.docx". */
    public static LetterFormat forFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (LetterFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Cannot tell the format of " + fileName + ": name it .pdf, .docx or .txt.");
    }
}
