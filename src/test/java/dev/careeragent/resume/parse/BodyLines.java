package dev.careeragent.resume.parse;

import java.util.List;

import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.read.DocumentText;
import dev.careeragent.resume.read.ResumeFormat;
import dev.careeragent.resume.read.TextLine;

/** Lines of a made-up one-column page for the parser's rule tests, and the parser run on them. */
final class BodyLines {

    private BodyLines() {
    }

    static TextLine line(String text, float size, boolean bold, boolean gap) {
        return new TextLine(text, 50, 0, 500, size, bold, 1, TextLine.Region.BODY, gap, false);
    }

    static Resume parse(List<TextLine> lines) {
        return new ResumeTextParser().parse(new DocumentText(ResumeFormat.PDF, lines, 1, List.of()));
    }
}
