package dev.careeragent.ui.tracker;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.shape.Line;

/**
 * The interviews week as a calendar: a column per day (Monday first), an hour gutter, and each interview a block
 * placed by its time and as tall as it lasts; overlapping ones share the column side by side. Blocks are buttons
 * (Tab moves between them, Enter or a click opens the application). Keys: Page Up / Alt+← previous week,
 * Page Down / Alt+→ next week, Home or T this week.
 */
final class WeekCalendar extends ScrollPane {

    static final double HOUR_HEIGHT = 44;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.getDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final InterviewsViewModel model;
    private final GridPane grid = new GridPane();

    WeekCalendar(InterviewsViewModel model) {
        this.model = model;
        setId("interviews-week");
        setFitToWidth(true);
        setFocusTraversable(true);
        grid.getStyleClass().add("week-calendar");
        grid.setHgap(2);
        grid.setPadding(new Insets(4));
        grid.getColumnConstraints().add(new ColumnConstraints(48));
        for (int d = 0; d < 7; d++) {
            ColumnConstraints day = new ColumnConstraints(60, 100, Double.MAX_VALUE);
            day.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(day);
        }
        setContent(grid);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean back = e.getCode() == KeyCode.PAGE_UP || (e.isAltDown() && e.getCode() == KeyCode.LEFT);
            boolean forward = e.getCode() == KeyCode.PAGE_DOWN || (e.isAltDown() && e.getCode() == KeyCode.RIGHT);
            if (back) {
                model.previousWeek();
            } else if (forward) {
                model.nextWeek();
            } else if (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.T) {
                model.thisWeek();
            } else {
                return;
            }
            e.consume();
        });
        model.layoutProperty().addListener((o, a, b) -> rebuild(b));
        rebuild(model.layoutProperty().get());
    }

    private void rebuild(WeekLayout<InterviewsViewModel.Row> layout) {
        grid.getChildren().clear();
        int hours = layout.lastHour() - layout.firstHour();
        LocalDate today = LocalDate.now();
        for (int d = 0; d < 7; d++) {
            LocalDate date = layout.monday().plusDays(d);
            Label header = new Label(DAY.format(date));
            header.setId("day-header-" + d);
            header.getStyleClass().add(date.equals(today) ? "title-4" : "text-muted");
            header.setMaxWidth(Double.MAX_VALUE);
            header.setAlignment(Pos.CENTER);
            grid.add(header, d + 1, 0);
            grid.add(dayColumn(d, hours), d + 1, 1);
        }
        Pane gutter = new Pane();
        for (int h = 0; h < hours; h++) {
            Label hour = new Label(String.format("%02d:00", layout.firstHour() + h));
            hour.getStyleClass().add("text-muted");
            hour.setLayoutY(h * HOUR_HEIGHT);
            gutter.getChildren().add(hour);
        }
        gutter.setPrefHeight(hours * HOUR_HEIGHT);
        GridPane.setValignment(gutter, VPos.TOP);
        grid.add(gutter, 0, 1);
        for (WeekLayout.Slot<InterviewsViewModel.Row> slot : layout.slots()) {
            Pane column = (Pane) grid.lookup("#day-" + slot.day());
            column.getChildren().add(block(slot, column));
        }
    }

    private static Pane dayColumn(int day, int hours) {
        Pane column = new Pane();
        column.setId("day-" + day);
        column.getStyleClass().add("calendar-day");
        column.setPrefHeight(hours * HOUR_HEIGHT);
        column.setMinHeight(hours * HOUR_HEIGHT);
        column.setStyle("-fx-border-color: -color-border-muted; -fx-border-width: 0 0 0 1;");
        for (int h = 1; h < hours; h++) {
            Line line = new Line();
            line.setStartY(h * HOUR_HEIGHT);
            line.setEndY(h * HOUR_HEIGHT);
            line.endXProperty().bind(column.widthProperty());
            line.setStyle("-fx-stroke: -color-border-subtle;");
            line.setManaged(false);
            column.getChildren().add(line);
        }
        return column;
    }

    private Button block(WeekLayout.Slot<InterviewsViewModel.Row> slot, Pane column) {
        InterviewsViewModel.Row row = slot.item();
        String time = TIME.format(row.interview().start().withZoneSameInstant(ZoneId.systemDefault()));
        Button block = new Button(time + " " + row.interview().kind().label() + "\n" + row.company());
        block.setId("interview-" + row.interview().id());
        block.getStyleClass().addAll("calendar-event", "accent");
        block.setAlignment(Pos.TOP_LEFT);
        block.setTooltip(new Tooltip(row.toString()));
        block.setManaged(false);
        block.setLayoutY(slot.topMinutes() * HOUR_HEIGHT / 60);
        column.widthProperty().addListener((o, a, w) -> place(block, slot, w.doubleValue()));
        place(block, slot, column.getWidth());
        block.setOnAction(e -> model.open(row));
        return block;
    }

    private static void place(Button block, WeekLayout.Slot<?> slot, double columnWidth) {
        double width = Math.max(20, (columnWidth - 4) / slot.lanes());
        block.setLayoutX(2 + slot.lane() * width);
        block.resize(width, slot.minutes() * HOUR_HEIGHT / 60);
    }
}
