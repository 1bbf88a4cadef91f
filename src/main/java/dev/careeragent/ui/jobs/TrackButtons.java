package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.tracker.model.ApplicationStatus;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** The detail pane's "Track" and "Applied" buttons and what became of them, and "Write cover letter". */
final class TrackButtons {

    private TrackButtons() {
    }

    /** A row that wraps rather than shorten a button's text when the pane is narrow. */
    static FlowPane of(TrackActions actions, JobPosting posting) {
        actions.show(posting);
        Button track = button("Track", "job-track", actions, posting, ApplicationStatus.SAVED);
        Button applied = button("Applied", "job-applied", actions, posting, ApplicationStatus.APPLIED);
        Label status = new Label();
        status.setId("job-track-status");
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            String message = actions.messageProperty().get();
            if (!message.isBlank() || actions.applicationProperty().get() == null) {
                return message;
            }
            return "In Applications as " + actions.applicationProperty().get().status().label() + ".";
        }, actions.messageProperty(), actions.applicationProperty()));
        FlowPane box = new FlowPane(8, 6, track, applied);
        if (actions.canWriteLetter()) {
            Button letter = new Button("Write cover letter");
            letter.setId("job-write-letter");
            letter.setMinWidth(Region.USE_PREF_SIZE);
            letter.setOnAction(e -> actions.writeLetter(posting));
            box.getChildren().add(letter);
        }
        box.getChildren().add(status);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Button button(String text, String id, TrackActions actions, JobPosting posting, ApplicationStatus status) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> !actions.canChoose(status),
                actions.applicationProperty()));
        button.setOnAction(e -> actions.track(posting, status));
        return button;
    }
}
