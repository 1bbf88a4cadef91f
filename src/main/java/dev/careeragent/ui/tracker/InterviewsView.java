package dev.careeragent.ui.tracker;

import dev.careeragent.tracker.model.Interview;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Week view of interviews with the add form and .ics buttons; file dialogs come in as functions (tests pass paths). */
final class InterviewsView extends VBox {

    InterviewsView(InterviewsViewModel model, Function<String, Optional<Path>> chooseSave,
            Function<String, Optional<Path>> chooseOpen) {
        super(8);
        setPadding(new Insets(8));
        Label week = new Label();
        week.setId("interviews-week-label");
        week.textProperty().bind(model.layoutProperty().map(l -> "Week of " + l.monday()));
        Button previous = new Button("◀");
        previous.setId("interviews-previous");
        previous.setTooltip(new Tooltip("Previous week (Page Up, Alt+←)"));
        previous.setOnAction(e -> model.previousWeek());
        Button next = new Button("▶");
        next.setId("interviews-next");
        next.setTooltip(new Tooltip("Next week (Page Down, Alt+→)"));
        next.setOnAction(e -> model.nextWeek());
        Button today = new Button("Today");
        today.setId("interviews-today");
        today.setTooltip(new Tooltip("This week (Home, T)"));
        today.setOnAction(e -> model.thisWeek());
        Button export = new Button("Export all (.ics)");
        export.setId("interviews-export");
        export.setOnAction(e -> chooseSave.apply("interviews.ics").ifPresent(p -> model.exportIcs(p, false)));
        Button importInvite = new Button("Import invite (.ics)…");
        importInvite.setId("interviews-import");
        importInvite.setOnAction(e -> chooseOpen.apply("invite.ics").ifPresent(model::importInvite));
        FlowPane header = new FlowPane(8, 8, previous, today, next, week, export, importInvite);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        WeekCalendar calendar = new WeekCalendar(model);
        VBox.setVgrow(calendar, Priority.ALWAYS);
        Label empty = new Label("No interviews this week. Page Up / Page Down move between weeks.");
        empty.getStyleClass().add("text-muted");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.week()));
        empty.managedProperty().bind(empty.visibleProperty());

        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(model.dateProperty());
        TextField time = new TextField();
        time.setId("interview-time");
        time.setPrefColumnCount(5);
        time.textProperty().bindBidirectional(model.timeProperty());
        ComboBox<ZoneId> zone = new ComboBox<>();
        zone.getItems().addAll(ZoneId.systemDefault(), ZoneId.of("UTC"), ZoneId.of("Europe/London"), ZoneId.of("Europe/Berlin"),
                ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"), ZoneId.of("Asia/Kolkata"));
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        ComboBox<Interview.Kind> kind = new ComboBox<>();
        kind.getItems().addAll(Interview.Kind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField people = new TextField();
        people.setPromptText("People");
        people.textProperty().bindBidirectional(model.peopleProperty());
        TextField place = new TextField();
        place.setId("interview-place");
        place.setPromptText("Place or meeting link");
        place.textProperty().bindBidirectional(model.placeProperty());
        Button add = new Button("Add interview");
        add.setId("interview-add");
        add.setOnAction(e -> model.add());
        FlowPane form = new FlowPane(8, 8, date, time, zone, kind, people, place, add);
        Label message = new Label();
        message.setId("interviews-message");
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(header, empty, calendar, new Label("New interview for the selected application"), form, message);
    }
}
