package dev.careeragent.ui.analytics;

import atlantafx.base.theme.Styles;
import dev.careeragent.analytics.ChartTable;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** One chart card: title, the chart (bar or line) of a {@link ChartTable}, what to do when empty, PNG and CSV export. */
final class ChartTile {

    /** Counts and percentages: tick labels only at whole numbers ("1", not "0.25"). */
    private static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
        @Override
        public String toString(Number n) {
            double v = n.doubleValue();
            return v == Math.rint(v) ? String.format(java.util.Locale.ROOT, "%,d", (long) v) : "";
        }

        @Override
        public Number fromString(String text) {
            return Double.valueOf(text.replace(",", ""));
        }
    };

    private final VBox card;
    private final XYChart<String, Number> chart;
    private final Label title = new Label();
    private final Label empty = new Label();
    final Button png = new Button("PNG");
    final Button csv = new Button("CSV");

    ChartTile(ChartTable table) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(WHOLE_NUMBERS);
        x.setAnimated(false);
        y.setAnimated(false);
        chart = table.kind() == ChartTable.Kind.LINE ? new LineChart<>(x, y) : new BarChart<>(x, y);
        chart.setId("chart-" + table.id());
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        title.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        title.setWrapText(true);
        empty.setId("empty-" + table.id());
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        png.setId("png-" + table.id());
        csv.setId("csv-" + table.id());
        png.setTooltip(new Tooltip("Save this chart as a PNG picture"));
        csv.setTooltip(new Tooltip("Save this chart's numbers as CSV (opens in a spreadsheet)"));
        for (Button button : new Button[] {png, csv}) {
            button.getStyleClass().add(Styles.SMALL);
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(6, title, gap, png, csv);
        top.setAlignment(Pos.CENTER_LEFT);
        card = new VBox(8, top, empty, chart);
        card.setId("tile-" + table.id());
        card.getStyleClass().add("section-card");
        card.setPrefWidth(440);
        update(table);
    }

    VBox node() {
        return card;
    }

    XYChart<String, Number> chart() {
        return chart;
    }

    /** Shows {@code table}'s numbers (the drawn series only) and its empty-state note, if any. */
    void update(ChartTable table) {
        title.setText(table.title());
        empty.setText(table.emptyNote() == null ? "" : table.emptyNote());
        empty.setVisible(table.isEmpty());
        empty.setManaged(table.isEmpty());
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        List<String> names = table.plottedSeries();
        for (int s = 0; s < names.size(); s++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(names.get(s));
            for (ChartTable.Row row : table.rows()) {
                Double value = row.values().get(s);
                series.getData().add(new XYChart.Data<>(row.category(), value == null ? 0 : value));
            }
            all.add(series);
        }
        chart.setLegendVisible(names.size() > 1);
        chart.getData().setAll(all);
        png.setDisable(table.isEmpty());
        csv.setDisable(table.rows().isEmpty());
    }
}
