package dev.careeragent.resume.read;

import java.util.List;

/** What a reader got out of a file: its lines in reading order, page count and parse risks. */
public record DocumentText(ResumeFormat format, List<TextLine> lines, int pageCount, List<ParseRisk> risks) {

    /**
     * Far more lines than a long resume has; a file with more is not read further. Real templates can hold
     * thousands of one-character paragraphs, so the cap is well above a few hundred pages.
     */
    public static final int MAX_LINES = 20_000;

    public DocumentText {
        lines = List.copyOf(lines);
        risks = List.copyOf(risks);
    }

    public static ResumeImportException tooManyLines(int lines) {
        return new ResumeImportException(ResumeImportException.Kind.TOO_COMPLEX, "This file has "
                + (lines > MAX_LINES ? "more than " + MAX_LINES : String.valueOf(lines)) + " lines of text; a resume has"
                + " a few hundred, so it was not read. Please import the resume itself.");
    }
}
