package dev.careeragent.ui.resume;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The original file beside the editor: its pages as images, scaled to the pane's width, or its text. */
final class PreviewPane extends VBox {

    private final VBox pages = new VBox(12);
    private final TextArea text = new TextArea();
    private final ScrollPane scroll = new ScrollPane(pages);

    PreviewPane(ObjectProperty<Preview> preview) {
        super(8);
        getStyleClass().add("resume-preview");
        setId("resume-preview");
        Label title = new Label("Original file");
        title.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.getStyleClass().add("preview-pages");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("preview-text");
        StackPane body = new StackPane(scroll, text);
        VBox.setVgrow(body, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, body);
        preview.addListener((obs, old, now) -> show(now));
        show(preview.get());
    }

    private void show(Preview preview) {
        boolean images = !preview.pages().isEmpty();
        scroll.setVisible(images);
        text.setVisible(!images);
        text.setText(preview.text());
        pages.getChildren().clear();
        for (Image page : preview.pages()) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(scroll.widthProperty().subtract(28));
            StackPane sheet = new StackPane(view);
            sheet.getStyleClass().add("preview-sheet");
            pages.getChildren().add(sheet);
        }
    }
}
