package dev.careeragent.resume.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careeragent.resume.read.TextLine.Region;

/** Reads plain text and Markdown: '#' headings and **bold** become layout hints, list markers become bullets. */
public final class PlainTextReader {

    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern MD_BOLD_LINE = Pattern.compile("^(\\*\\*|__)(.+?)\\1:?$");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)]+)\\)");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+•▪◦·]|\\d{1,2}[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|(?<!\\w)[*_](?=\\S)|(?<=\\S)[*_](?!\\w)|`)");

    private static final float BODY_SIZE = 11f;

    public DocumentText read(String text, ResumeFormat format) throws ResumeImportException {
        boolean markdown = format == ResumeFormat.MARKDOWN;
        List<TextLine> lines = new ArrayList<>();
        boolean blank = false;
        String[] rawLines = text.split("\\r?\\n|\\r|\\f");
        if (rawLines.length > DocumentText.MAX_LINES) {
            throw DocumentText.tooManyLines(rawLines.length);
        }
        for (String raw : rawLines) {
            String line = TextCleaner.clean(raw);
            if (line.isEmpty() || (markdown && line.matches("^[-=*_]{3,}$"))) {
                blank = true;
                continue;
            }
            boolean heading = false;
            boolean bold = false;
            float size = BODY_SIZE;
            if (markdown) {
                Matcher h = MD_HEADING.matcher(line);
                Matcher b = MD_BOLD_LINE.matcher(line);
                if (h.matches()) {
                    heading = true;
                    size = headingSize(h.group(1).length());
                    line = h.group(2);
                } else if (b.matches()) {
                    bold = true;
                    line = b.group(2);
                }
                line = MD_LINK.matcher(line).replaceAll(m -> Matcher.quoteReplacement(
                        m.group(1).equals(m.group(2)) ? m.group(1) : m.group(1) + " " + m.group(2)));
                line = EMPHASIS.matcher(line).replaceAll("");
            }
            Matcher list = LIST_MARKER.matcher(line);
            if (list.find() && !line.matches("^\\d{1,2}[.)]\\s*\\d.*")) {
                line = "• " + line.substring(list.end());
            }
            lines.add(TextLine.plain(line, size, bold || heading, Region.BODY, blank, heading));
            blank = false;
        }
        return new DocumentText(format, lines, 1, List.of());
    }

    /**
     * A heading's level as its size, as a rendered page shows it: a "###" job header under a "##" section then
     * looks unlike the section headings and stays inside its section.
     */
    private static float headingSize(int level) {
        return BODY_SIZE + 2f * (7 - level);
    }
}
