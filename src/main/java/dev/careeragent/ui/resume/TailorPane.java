package dev.careeragent.ui.resume;

import atlantafx.base.theme.Styles;
import dev.careeragent.tailor.Suggestion;
import dev.careeragent.tailor.WordDiff;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The ATS panel's "Tailor for this job" card: suggestions as word diffs, each ticked to accept, Save as new version, Undo. */
final class TailorPane {

    private TailorPane() {
    }

    static VBox of(TailorViewModel model) {
        Button suggest = new Button("Suggest changes");
        suggest.setId("ats-tailor");
        suggest.disableProperty().bind(model.runningProperty());
        suggest.setOnAction(e -> model.suggest());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> model.cancel());
        AtsPanel.show(cancel, model.runningProperty());
        Button save = new Button("Save as new version");
        save.setId("ats-tailor-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.accept());
        AtsPanel.show(save, Bindings.isNotEmpty(model.choices()));
        Button undo = new Button("Undo");
        undo.setId("ats-tailor-undo");
        undo.setOnAction(e -> model.undo());
        AtsPanel.show(undo, model.savedProperty().isNotNull());
        Label note = AtsPanel.wrapped("");
        note.setId("ats-tailor-note");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.textProperty().bind(model.noteProperty());
        HBox buttons = new HBox(10, suggest, cancel, save, undo);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox list = AtsPanel.rows(model.choices(), TailorPane::choice);
        list.setId("ats-tailor-suggestions");
        return AtsPanel.card("Tailor for this job", AtsPanel.wrapped("Per-bullet changes for this job. Each one only rewords"
                + " what the bullet already says; untick the ones you do not want. Accepting saves a new version linked to"
                + " the job; this one stays as it is."), buttons, note, list);
    }

    private static Node choice(TailorViewModel.Choice c) {
        Suggestion s = c.suggestion();
        CheckBox accept = new CheckBox(s.kind().label());
        accept.getStyleClass().add("tailor-accept");
        accept.selectedProperty().bindBidirectional(c.acceptedProperty());
        Label where = new Label(s.where());
        where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        TextFlow diff = new TextFlow();
        diff.getStyleClass().add("tailor-diff");
        for (WordDiff.Segment seg : WordDiff.of(s.before(), s.after())) {
            Text t = new Text(seg.text());
            switch (seg.change()) {
                case REMOVED -> {
                    t.setStrikethrough(true);
                    t.getStyleClass().add(Styles.DANGER);
                }
                case ADDED -> {
                    t.setUnderline(true);
                    t.getStyleClass().add(Styles.SUCCESS);
                }
                default -> t.getStyleClass().add("tailor-same");
            }
            diff.getChildren().add(t);
        }
        Label why = AtsPanel.wrapped(s.why());
        why.getStyleClass().add(Styles.TEXT_SMALL);
        VBox box = new VBox(4, new HBox(10, accept, where), diff, why);
        box.getStyleClass().add("tailor-suggestion");
        return box;
    }
}
