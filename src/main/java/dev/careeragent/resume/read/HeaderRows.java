package dev.careeragent.resume.read;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table row that sets out one entry's header across its cells, a cell holding a few short lines ("Software
 * Entwicklung" over "Praktikum" | "BMW Group" | "Regensburg," over "Deutschland" | "seit 02/2023"): one line, its
 * cells apart by tabs and a cell's lines apart by bars, so the row is read as the header it is and not as a run of
 * short bold lines that look like headings.
 */
final class HeaderRows {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final int MAX_LINES = 3;
    private static final int MAX_WORDS = 6;

    private HeaderRows() {
    }

    /** The row as one line, or null when it is not a dated row of short cells. {@code cells}: each cell's lines. */
    static String joined(List<List<String>> cells) {
        List<List<String>> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
        boolean dated = filled.stream().flatMap(List::stream).anyMatch(t -> YEAR.matcher(t).find());
        boolean shortCells = filled.stream().allMatch(c -> c.size() <= MAX_LINES
                && c.stream().allMatch(t -> t.strip().split("\\s+").length <= MAX_WORDS));
        if (filled.size() < 2 || !dated || !shortCells) {
            return null;
        }
        StringBuilder row = new StringBuilder();
        for (List<String> cell : filled) {
            row.append(row.isEmpty() ? "" : "\t");
            for (int i = 0; i < cell.size(); i++) {
                String text = cell.get(i).strip();
                boolean wrapped = i > 0 && cell.get(i - 1).strip().matches(".*[,-]$"); // "Regensburg," over "Deutschland"
                row.append(i == 0 ? "" : wrapped ? " " : " | ").append(text);
            }
        }
        return row.toString();
    }
}
