package dev.careeragent.ui.assistant;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The answer as it streams in, one label per line: a batch touches only the last line, and every label measures its
 * text once, so the UI thread lays out a few words per pulse however long the answer or the conversation.
 */
final class StreamingAnswer {

    private final VBox lines = new VBox(2);

    StreamingAnswer(ObservableStringValue streamed) {
        lines.setId("assistant-streaming");
        lines.setMaxWidth(640);
        lines.setPadding(new Insets(8, 12, 8, 12));
        lines.getStyleClass().addAll(Styles.BG_NEUTRAL_SUBTLE, Styles.ROUNDED);
        streamed.addListener((o, before, now) -> follow(before, now));
        lines.visibleProperty().bind(lines.managedProperty());
        lines.managedProperty().bind(Bindings.isNotEmpty(streamed));
    }

    private void follow(String before, String now) {
        String shown = before;
        if (now.isEmpty() || !now.startsWith(shown)) {
            lines.getChildren().clear();
            shown = "";
        }
        String[] pieces = now.substring(shown.length()).split("\n", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i == 0 && !lines.getChildren().isEmpty()) {
                Label last = (Label) lines.getChildren().get(lines.getChildren().size() - 1);
                last.setText(last.getText() + pieces[0]);
            } else if (i > 0 || !pieces[0].isEmpty()) {
                lines.getChildren().add(new MeasuredOnceLabel(pieces[i]));
            }
        }
    }

    Node node() {
        return lines;
    }
}
