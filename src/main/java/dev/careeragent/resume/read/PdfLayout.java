package dev.careeragent.resume.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import dev.careeragent.core.guard.ReadBudget;

/**
 * Turns positioned words into reading-order lines: words to rows by baseline, rows to segments at wide
 * gaps (right-aligned dates, tab stops), segments to columns when the page has a real gutter.
 */
final class PdfLayout {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i).*(\\bpage\\s*\\d+(\\s*(of|/)\\s*\\d+)?|\\b\\d{1,3}\\s*(/|of)\\s*\\d{1,3}|(^|\\s)[-–]?\\s*\\d{1,3}\\s*[-–]?)\\s*$");

    private static final int GUTTER_CANDIDATES = 400;

    private static final String BULLETS = "•●○◦▪▫■□‣⁃∙➢➤►▸✓✔❖◆◇";

    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

    record Result(List<TextLine> lines, boolean multiColumn) {
    }

    private record Segment(List<PdfWord> words, String text, float x, float right, float y, int chars) {
    }

    private record Row(List<Segment> segments, float y) {
    }

    Result layout(List<PdfWord> words, float[][] pageSizes) {
        List<List<Row>> flows = new ArrayList<>();
        List<Float> flowHeights = new ArrayList<>();
        boolean multiColumn = false;
        for (int page = 1; page <= pageSizes.length; page++) {
            int p = page;
            List<PdfWord> pageWords = words.stream().filter(w -> w.page() == p).toList();
            List<Row> rows = rows(pageWords);
            float width = pageSizes[page - 1][0];
            Gutter gutter = findGutter(rows, width);
            if (gutter != null) {
                multiColumn = true;
                splitColumns(rows, gutter, flows);
            } else {
                flows.add(rows);
            }
            while (flowHeights.size() < flows.size()) {
                flowHeights.add(pageSizes[page - 1][1]);
            }
        }
        return new Result(toLines(flows, flowHeights), multiColumn);
    }

    private static List<Row> rows(List<PdfWord> pageWords) {
        List<PdfWord> sorted = new ArrayList<>(pageWords);
        sorted.sort(Comparator.comparingDouble(PdfWord::y).thenComparingDouble(PdfWord::x));
        List<List<PdfWord>> groups = new ArrayList<>();
        List<PdfWord> current = null;
        float rowY = 0;
        float rowSize = 0;
        for (PdfWord w : sorted) {
            if (current == null || Math.abs(w.y() - rowY) > 0.4f * Math.min(rowSize, w.fontSize())) {
                current = new ArrayList<>();
                groups.add(current);
                rowY = w.y();
                rowSize = w.fontSize();
            }
            current.add(w);
        }
        List<Row> rows = new ArrayList<>(groups.size());
        for (List<PdfWord> group : groups) {
            group.sort(Comparator.comparingDouble(PdfWord::x));
            rows.add(new Row(segments(group), group.get(0).y()));
        }
        return rows;
    }

    private static List<Segment> segments(List<PdfWord> row) {
        List<Segment> segments = new ArrayList<>();
        // Justified lines stretch every gap alike, so a split needs a gap well above this row's usual one.
        List<Float> wordGaps = new ArrayList<>();
        for (int i = 1; i < row.size(); i++) {
            float gap = row.get(i).x() - row.get(i - 1).right();
            if (gap < 0.9f * row.get(i).fontSize()) {
                wordGaps.add(gap);
            }
        }
        float usual = wordGaps.isEmpty() ? 0 : median(wordGaps);
        int start = 0;
        for (int i = 1; i <= row.size(); i++) {
            boolean split = i == row.size();
            if (!split) {
                PdfWord prev = row.get(i - 1);
                PdfWord next = row.get(i);
                float gap = next.x() - prev.right();
                // a bullet set at a tab stop belongs to the text after it
                split = gap > Math.max(0.9f * Math.max(prev.fontSize(), next.fontSize()), 3 * usual) && !marker(prev);
            }
            if (split) {
                segments.add(segment(row.subList(start, i)));
                start = i;
            }
        }
        return segments;
    }

    private static boolean marker(PdfWord w) {
        return w.length() == 1 && BULLETS.indexOf(w.text().charAt(0)) >= 0;
    }

    private static Segment segment(List<PdfWord> words) {
        float[] gaps = new float[Math.max(0, words.size() - 1)];
        int singles = 0;
        for (int i = 0; i < words.size(); i++) {
            singles += words.get(i).length() == 1 ? 1 : 0;
            if (i > 0) {
                gaps[i - 1] = words.get(i).x() - words.get(i - 1).right();
            }
        }
        // Letter-spaced text arrives one glyph a word: only the wider gaps are real spaces.
        boolean letterSpaced = words.size() >= 4 && singles * 10 >= words.size() * 7;
        float spaceGap = 0;
        if (letterSpaced) {
            float[] sortedGaps = gaps.clone();
            Arrays.sort(sortedGaps);
            float median = sortedGaps[sortedGaps.length / 2];
            spaceGap = Math.max(median * 1.8f, median + 0.15f * words.get(0).fontSize());
        }
        StringBuilder text = new StringBuilder();
        int chars = 0;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && (!letterSpaced || gaps[i - 1] > spaceGap)) {
                text.append(' ');
            }
            text.append(words.get(i).text());
            chars += words.get(i).length();
        }
        return new Segment(List.copyOf(words), text.toString(), words.get(0).x(),
                words.get(words.size() - 1).right(), words.get(0).y(), chars);
    }

    /** Where a page splits into two text columns: the gap, and how many rows above them run across it. */
    private record Gutter(float x, int headerRows) {
    }

    /**
     * A vertical gap that splits the page into two real text columns, or null. Rows above the columns that run
     * across the gap (name, contact, a summary over the full width) are the header; a side made of short dates or
     * right-aligned places is an entry layout, not a column.
     */
    private static Gutter findGutter(List<Row> rows, float width) {
        Gutter best = null;
        int bestCrossing = Integer.MAX_VALUE;
        int bestBalance = 0;
        int bestTotal = 0;
        // Two points apart on a real page; a fixed number of candidates on an absurdly wide one.
        float step = Math.max(2, width * 0.6f / GUTTER_CANDIDATES);
        int[][] sides = new int[rows.size()][3];
        for (float g = width * 0.2f; g <= width * 0.8f; g += step) {
            ReadBudget.check();
            for (int r = 0; r < rows.size(); r++) {
                int[] side = sides[r];
                java.util.Arrays.fill(side, 0);
                for (Segment s : rows.get(r).segments()) {
                    side[s.x() < g && s.right() > g ? 0 : s.right() <= g ? 1 : 2] += s.chars();
                }
            }
            int header = headerRows(sides);
            int crossing = 0;
            int left = 0;
            int right = 0;
            for (int r = header; r < rows.size(); r++) {
                crossing += sides[r][0];
                left += sides[r][1];
                right += sides[r][2];
            }
            int balance = Math.min(left, right);
            if (crossing < bestCrossing || (crossing == bestCrossing && balance > bestBalance)) {
                best = new Gutter(g, header);
                bestCrossing = crossing;
                bestBalance = balance;
                bestTotal = crossing + left + right;
            }
        }
        if (best == null || bestTotal == 0 || bestCrossing > bestTotal * 0.08 || bestBalance < bestTotal * 0.08) {
            return null;
        }
        float g = best.x();
        List<Segment> all = rows.subList(best.headerRows(), rows.size()).stream().flatMap(r -> r.segments().stream()).toList();
        List<Segment> rightSide = all.stream().filter(s -> s.x() >= g).toList();
        List<Segment> leftSide = all.stream().filter(s -> s.right() <= g).toList();
        if (rightSide.size() < 5 || leftSide.size() < 5 || labelColumn(leftSide) || labelColumn(rightSide)) {
            return null;
        }
        // right-aligned pieces beside text on their rows (dates, places); a right-aligned sidebar's stand on rows of their own
        float maxRight = (float) rightSide.stream().mapToDouble(Segment::right).max().orElse(0);
        long rightAligned = rows.subList(best.headerRows(), rows.size()).stream()
                .filter(r -> r.segments().stream().anyMatch(s -> s.right() <= g))
                .flatMap(r -> r.segments().stream())
                .filter(s -> s.x() >= g && maxRight - s.right() < 3 && s.chars() < 35).count();
        return rightAligned * 10 >= rightSide.size() * 7 ? null : best;
    }

    /**
     * The rows above the columns: those running across the gap at the top; or, when much text below them still
     * crosses it, every row down to the last that does, if at least half the page's text lies clear below it
     * (columns under a full-width summary).
     */
    private static int headerRows(int[][] sides) {
        int leading = 0;
        while (leading < sides.length && sides[leading][0] > 0) {
            leading++;
        }
        int all = 0;
        int crossing = 0;
        int below = 0;
        for (int r = 0; r < sides.length; r++) {
            int chars = sides[r][0] + sides[r][1] + sides[r][2];
            all += chars;
            crossing += r >= leading ? sides[r][0] : 0;
            below += r >= leading ? chars : 0;
        }
        if (crossing <= below * 0.08) {
            return leading;
        }
        int clearBelow = 0;
        for (int r = sides.length - 1; r >= leading; r--) {
            if (sides[r][0] > 0) {
                return clearBelow >= all / 2 ? r + 1 : leading;
            }
            clearBelow += sides[r][1] + sides[r][2];
        }
        return leading;
    }

    /**
     * Mostly short pieces holding a year or ending in a colon: the dates column of an entry layout or the labels
     * of a form ("Geburtsdatum:" beside "30. April 1981"), whose rows belong with the text beside them.
     */
    private static boolean labelColumn(List<Segment> side) {
        long labels = side.stream().filter(s -> s.chars() < 30
                && (YEAR.matcher(s.text()).find() || s.text().strip().endsWith(":"))).count();
        return labels * 10 >= side.size() * 6;
    }

    private static void splitColumns(List<Row> rows, Gutter gutter, List<List<Row>> flows) {
        List<Row> header = new ArrayList<>(rows.subList(0, gutter.headerRows()));
        List<Row> left = new ArrayList<>();
        List<Row> right = new ArrayList<>();
        float x = gutter.x();
        for (Row row : rows.subList(gutter.headerRows(), rows.size())) {
            List<Segment> leftPart = row.segments().stream().filter(s -> s.x() < x).toList();
            List<Segment> rightPart = row.segments().stream().filter(s -> s.x() >= x).toList();
            if (!leftPart.isEmpty()) {
                left.add(new Row(leftPart, row.y()));
            }
            if (!rightPart.isEmpty()) {
                right.add(new Row(rightPart, row.y()));
            }
        }
        for (List<Row> flow : List.of(header, left, right)) {
            if (!flow.isEmpty()) {
                flows.add(flow);
            }
        }
    }

    private static List<TextLine> toLines(List<List<Row>> flows, List<Float> flowHeights) {
        List<TextLine> lines = new ArrayList<>();
        List<Float> spacings = new ArrayList<>();
        List<Float> sameSizeSpacings = new ArrayList<>();
        for (int f = 0; f < flows.size(); f++) {
            TextLine previous = null;
            for (Row row : flows.get(f)) {
                TextLine line = line(row.segments(), flowHeights.get(f));
                float spacing = previous == null ? -1 : (line.y() - previous.y()) / Math.max(previous.fontSize(), 1);
                if (spacing > 0 && Math.abs(line.fontSize() - previous.fontSize()) < 0.6f) {
                    sameSizeSpacings.add(spacing);
                }
                spacings.add(spacing);
                lines.add(line);
                previous = line;
            }
        }
        float typical = median(sameSizeSpacings);
        List<TextLine> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            float spacing = spacings.get(i);
            boolean gap = spacing < 0 || (typical > 0 && spacing > typical * 1.3f + 0.15f);
            if (!l.text().isEmpty()) {
                result.add(new TextLine(l.text(), l.x(), l.y(), l.right(), l.fontSize(), l.bold(), l.page(),
                        l.region(), gap, false));
            }
        }
        return result;
    }

    /** Size and weight come from the first segment: a bold title keeps its weight beside a plain date. */
    private static TextLine line(List<Segment> segments, float pageHeight) {
        StringBuilder text = new StringBuilder();
        for (Segment s : segments) {
            if (text.length() > 0) {
                text.append('\t');
            }
            text.append(s.text());
        }
        int chars = 0;
        int bold = 0;
        java.util.Map<Float, Integer> sizes = new java.util.HashMap<>();
        for (PdfWord w : segments.get(0).words()) {
            chars += w.length();
            bold += w.boldChars();
            sizes.merge(w.fontSize(), w.length(), Integer::sum);
        }
        float size = sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        Segment first = segments.get(0);
        String cleaned = TextCleaner.clean(text.toString());
        boolean nearEdge = first.y() > pageHeight * 0.94f || first.y() < pageHeight * 0.05f;
        TextLine.Region region = nearEdge && cleaned.length() < 90 && PAGE_NUMBER.matcher(cleaned).matches()
                ? (first.y() < pageHeight / 2 ? TextLine.Region.HEADER : TextLine.Region.FOOTER)
                : TextLine.Region.BODY;
        return new TextLine(cleaned, first.x(), first.y(), segments.get(segments.size() - 1).right(), size,
                bold * 10 >= chars * 6, first.words().get(0).page(), region, false, false);
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
