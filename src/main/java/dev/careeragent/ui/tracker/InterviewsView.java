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
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Week view of interviews with the add form and .ics buttons; file dialogs come in as functions (tests pass paths). */
final class InterviewsView extends VBox {

    InterviewsView(InterviewsViewModel model, Function<String, Optional<Path>> chooseSave,
            Function<String, Optional<Path>> chooseOpen) {
        super(8);
        setPadding(new Insets(8));
        Label week = new Label();
        week.textProperty().bind(model.weekOfProperty().asString("Week of %s"));
        Button previous = new Button("◀");
        previous.setOnAction(e -> model.previousWeek());
        Button next = new Button("▶");
        next.setOnAction(e -> model.nextWeek());
        Button export = new Button("Export all (.ics)");
        export.setId("interviews-export");
        export.setOnAction(e -> chooseSave.apply("interviews.ics").ifPresent(p -> model.exportIcs(p, false)));
        Button importInvite = new Button("Import invite (.ics)…");
        importInvite.setId("interviews-import");
        importInvite.setOnAction(e -> chooseOpen.apply("invite.ics").ifPresent(model::importInvite));
        HBox header = new HBox(8, previous, week, next, export, importInvite);

        ListView<InterviewsViewModel.Row> list = new ListView<>(model.week());
        list.setId("interviews-week");
        list.setPlaceholder(new Label("No interviews this week."));
        VBox.setVgrow(list, Priority.ALWAYS);

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
        getChildren().addAll(header, list, new Label("New interview for the selected application"), form, message);
    }
}
