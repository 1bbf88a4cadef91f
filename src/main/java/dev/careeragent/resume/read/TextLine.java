package dev.careeragent.resume.read;

/**
 * One visual line of a document with the layout facts the parser scores on. Parts of a line that stand
 * apart (a right-aligned date, table cells, tab stops) are separated by a tab in {@code text}.
 * Positions are in points from the page's top-left; non-PDF readers leave them 0.
 *
 * @param fontSize      the size most of the line's characters have, in points
 * @param bold          most of the line's characters are bold
 * @param gapBefore     noticeably more space than usual separates it from the line above
 * @param styledHeading the document marks it as a heading (Word heading style, Markdown '#')
 */
public record TextLine(String text, float x, float y, float right, float fontSize, boolean bold, int page,
                       Region region, boolean gapBefore, boolean styledHeading) {

    /** Where on the page a line sits; the parser reads headers/footers only for contact details. */
    public enum Region { BODY, TABLE, HEADER, FOOTER }

    public static TextLine plain(String text, float fontSize, boolean bold, Region region, boolean gapBefore,
                                 boolean styledHeading) {
        return new TextLine(text, 0, 0, 0, fontSize, bold, 1, region, gapBefore, styledHeading);
    }

    public String[] segments() {
        return text.split("\t");
    }
}
