package dev.careeragent.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The building blocks every page shares, so pages look alike: header, titled section, scrolling body. */
public final class Layouts {

    private Layouts() {
    }

    public static VBox pageHeader(String title, String subtitle) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_2, "page-title");
        Label sub = new Label(subtitle);
        sub.getStyleClass().addAll(Styles.TEXT_MUTED, "page-subtitle");
        sub.setWrapText(true);
        VBox header = new VBox(4, heading, sub);
        header.getStyleClass().add("page-header");
        return header;
    }

    /** A card with a title, an optional one-line description and its content. */
    public static VBox section(String title, String description, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        VBox box = new VBox(8, heading);
        if (description != null && !description.isBlank()) {
            Label text = new Label(description);
            text.getStyleClass().add(Styles.TEXT_MUTED);
            text.setWrapText(true);
            box.getChildren().add(text);
        }
        box.getChildren().add(content);
        box.getStyleClass().add("section-card");
        return box;
    }

    /** The page body: a column that scrolls vertically and keeps the page's width. */
    public static ScrollPane scrollingPage(Node... children) {
        VBox column = new VBox(20, children);
        column.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    public static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
