package dev.careeragent.analytics;

import java.util.List;

/**
 * The data behind one chart: a value per category and series. The first {@code plotted} series are drawn; any
 * further columns (rates) go only into the CSV. {@code emptyNote} says what to do when there is nothing to draw yet.
 */
public record ChartTable(String id, String title, Kind kind, String categoryHeader, List<String> series, int plotted,
        List<Row> rows, String emptyNote) {

    public enum Kind { BAR, LINE }

    public record Row(String category, List<Double> values) {

        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    public ChartTable {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return emptyNote != null;
    }

    public List<String> plottedSeries() {
        return series.subList(0, plotted);
    }

    /** RFC 4180 CSV with a header row; numbers in plain notation, an unknown value as an empty cell. */
    public String toCsv() {
        StringBuilder out = new StringBuilder();
        out.append(cell(categoryHeader));
        series.forEach(s -> out.append(',').append(cell(s)));
        out.append("\r\n");
        for (Row row : rows) {
            out.append(cell(row.category()));
            row.values().forEach(v -> out.append(',').append(number(v)));
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String number(Double v) {
        if (v == null) {
            return "";
        }
        return java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String cell(String text) {
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
