package dev.careeragent.resume.read;

import java.util.List;

/** What a reader got out of a file: its lines in reading order, page count and parse risks. */
public record DocumentText(ResumeFormat format, List<TextLine> lines, int pageCount, List<ParseRisk> risks) {

    /** Far more lines than a long resume has (about 100 pages); a file with more is not read further. */
    public static final int MAX_LINES = 5_000;

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
