package dev.careeragent.ui.analytics;

import atlantafx.base.theme.Styles;
import dev.careeragent.analytics.AnalyticsReport;
import dev.careeragent.analytics.ChartTable;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.nav.PageView;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Analytics page: headline rates, then one card per chart with PNG and CSV export. */
public final class AnalyticsView implements PageView {

    private final AnalyticsViewModel model;
    private final Function<String, Optional<Path>> chooseSave;
    private final Map<String, ChartTile> tiles = new LinkedHashMap<>();
    private final FlowPane grid = new FlowPane(16, 16);
    private final Label responseRate = number("stat-response-rate");
    private final Label firstAnswer = number("stat-first-response");
    private final Label interviewRate = number("stat-interview-rate");
    private final Node root;

    /** {@code chooseSave} asks where to save a file, given a suggested name; empty when the user cancels. */
    public AnalyticsView(AnalyticsViewModel model, Function<String, Optional<Path>> chooseSave) {
        this.model = model;
        this.chooseSave = chooseSave;
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("analytics-loading");
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(model.loadingProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("analytics-refresh");
        refresh.setOnAction(e -> model.refresh());
        refresh.setMinWidth(Button.USE_PREF_SIZE);
        HBox header = new HBox(12, Layouts.pageHeader("Analytics", "How your search is going: what you sent, who answered,"
                + " what the jobs ask for and pay. Updates as you move applications."), spinner, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(header.getChildren().get(0), Priority.ALWAYS);

        HBox stats = new HBox(16, stat("Response rate", responseRate), stat("Median time to first answer", firstAnswer),
                stat("Applied to interview", interviewRate));
        Label error = new Label();
        error.setId("analytics-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label status = new Label();
        status.setId("analytics-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(model.statusProperty());
        grid.setId("analytics-charts");
        grid.prefWrapLengthProperty().bind(grid.widthProperty()); // as many cards a row as the page is wide
        model.reportProperty().addListener((o, was, now) -> showStats(now));
        model.charts().addListener((ListChangeListener<ChartTable>) c -> model.charts().forEach(this::show));
        root = Layouts.scrollingPage(header, stats, error, status, grid);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShown() {
        model.refresh();
    }

    private void show(ChartTable table) {
        ChartTile tile = tiles.get(table.id());
        if (tile == null) {
            tile = new ChartTile(table);
            tiles.put(table.id(), tile);
            grid.getChildren().add(tile.node());
            ChartTile created = tile;
            tile.png.setOnAction(e -> savePng(table.id(), created));
            tile.csv.setOnAction(e -> chooseSave.apply(table.id() + ".csv").ifPresent(path -> model.exportCsv(table.id(), path)));
        } else {
            tile.update(table);
        }
    }

    private void savePng(String id, ChartTile tile) {
        chooseSave.apply(id + ".png").ifPresent(path -> {
            WritableImage image = tile.chart().snapshot(new SnapshotParameters(), null);
            int width = (int) image.getWidth();
            int height = (int) image.getHeight();
            int[] argb = new int[width * height];
            image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
            model.exportPng(id, path, width, height, argb);
        });
    }

    private void showStats(AnalyticsReport report) {
        AnalyticsReport.Responses r = report.responses();
        responseRate.setText(AnalyticsViewModel.percent(r.rate()) + (r.sent() == 0 ? "" : "  (" + r.responded() + " of " + r.sent() + ")"));
        firstAnswer.setText(AnalyticsViewModel.days(r.medianDays()));
        interviewRate.setText(AnalyticsViewModel.percent(report.funnel().get(2).conversion()));
    }

    private static Label number(String id) {
        Label label = new Label("\u2013");
        label.setId(id);
        label.getStyleClass().add("stat-number");
        return label;
    }

    private static VBox stat(String caption, Label number) {
        VBox card = new VBox(10, Layouts.muted(caption), number);
        card.getStyleClass().add("stat-card");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setPrefWidth(200);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }
}
