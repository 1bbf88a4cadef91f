package dev.careeragent.resume.read;

import java.util.List;

/** What a reader got out of a file: its lines in reading order, page count and parse risks. */
public record DocumentText(ResumeFormat format, List<TextLine> lines, int pageCount, List<ParseRisk> risks) {

    public DocumentText {
        lines = List.copyOf(lines);
        risks = List.copyOf(risks);
    }
}
