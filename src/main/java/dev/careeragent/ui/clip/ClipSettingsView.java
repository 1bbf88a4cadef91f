package dev.careeragent.ui.clip;

import static dev.careeragent.ui.common.Forms.check;
import static dev.careeragent.ui.common.Forms.field;

import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.common.SaveCancelBar;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Browser clip block of the Settings page, bound to {@link ClipSettingsViewModel}. */
public final class ClipSettingsView extends VBox {

    public ClipSettingsView(ClipSettingsViewModel model) {
        super(10);
        setId("clip-settings");
        Label intro = Layouts.muted("A bookmark that sends the job page you are reading to Career Agent, which reads, "
                + "stores and scores it. It talks only to this computer (127.0.0.1) and needs the token below.");
        intro.setWrapText(true);
        HBox portRow = new HBox(8, new Label("Port"), field("clip-port", model.portProperty(), "47613"));
        portRow.setAlignment(Pos.CENTER_LEFT);

        Label token = new Label();
        token.setId("clip-token");
        token.textProperty().bind(model.maskedTokenProperty());
        Button copyToken = new Button("Copy token");
        copyToken.setId("clip-copy-token");
        copyToken.setOnAction(e -> model.copyToken());
        Button newToken = new Button("New token");
        newToken.setId("clip-new-token");
        newToken.setOnAction(e -> model.newToken());
        HBox tokenRow = new HBox(8, new Label("Token"), token, copyToken, newToken);
        tokenRow.setAlignment(Pos.CENTER_LEFT);

        Hyperlink bookmarklet = new Hyperlink("Clip to Career Agent");
        bookmarklet.setId("clip-bookmarklet");
        bookmarklet.setOnDragDetected(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putUrl(model.bookmarkletProperty().get());
            content.putString(model.bookmarkletProperty().get());
            bookmarklet.startDragAndDrop(TransferMode.COPY, TransferMode.LINK).setContent(content);
            e.consume();
        });
        bookmarklet.setOnAction(e -> model.copyBookmarklet());
        Button copyBookmarklet = new Button("Copy bookmarklet");
        copyBookmarklet.setId("clip-copy-bookmarklet");
        copyBookmarklet.setOnAction(e -> model.copyBookmarklet());
        bookmarklet.setMinWidth(Region.USE_PREF_SIZE);
        copyBookmarklet.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane bookmarkRow = new FlowPane(8, 6, bookmarklet, copyBookmarklet,
                Layouts.muted("Drag the link onto your bookmarks bar, or copy it and paste it as a bookmark's address."));
        bookmarkRow.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("clip-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(intro, check("clip-enabled", "Accept pages from the browser bookmarklet", model.enabledProperty()),
                portRow, tokenRow, bookmarkRow, new SaveCancelBar("clip-save", "clip-cancel", model.form(),
                        new SimpleBooleanProperty(false), model::save, model::cancel, status));
    }
}
