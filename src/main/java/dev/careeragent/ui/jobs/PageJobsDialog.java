package dev.careeragent.ui.jobs;

import dev.careeragent.ui.jobs.PageJobsViewModel.Card;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The cards of a search-results or board page, each with a check box (all checked at first): "Add chosen"
 * stores the checked ones, Cancel stores nothing. Opens whenever the model offers cards; never waits on the
 * FX thread.
 */
final class PageJobsDialog {

    private static final ButtonType ADD = new ButtonType("Add chosen", ButtonData.OK_DONE);

    private PageJobsDialog() {
    }

    /** Shows the dialog, over the page's window, each time {@code model} offers cards. */
    static void follow(PageJobsViewModel model, Node page) {
        model.offeringProperty().addListener((obs, was, offered) -> {
            if (offered) {
                open(model, page);
            }
        });
    }

    private static void open(PageJobsViewModel model, Node page) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Jobs on this page");
        if (page.getScene() != null) {
            dialog.initOwner(page.getScene().getWindow());
        }
        dialog.setHeaderText("This page lists " + model.cards().size() + " jobs. Choose the ones to add.");
        dialog.getDialogPane().getButtonTypes().setAll(ADD, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content(model));
        dialog.getDialogPane().setPrefWidth(640);
        Button add = (Button) dialog.getDialogPane().lookupButton(ADD);
        add.setId("page-jobs-add");
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("page-jobs-cancel");
        add.disableProperty().bind(model.chosenCount().isEqualTo(0));
        add.textProperty().bind(model.chosenCount().asString("Add %d chosen"));
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ADD) {
                model.importChosen();
            } else {
                model.dismiss();
            }
        });
        dialog.show();
    }

    private static Node content(PageJobsViewModel model) {
        ListView<Card> list = new ListView<>(model.cards());
        list.setId("page-jobs-list");
        list.setPrefHeight(360);
        list.setCellFactory(CheckBoxListCell.forListView(Card::chosenProperty, new StringConverter<>() {
            @Override
            public String toString(Card card) {
                return card == null ? "" : card.label();
            }

            @Override
            public Card fromString(String text) {
                throw new UnsupportedOperationException("cards are not edited");
            }
        }));
        Button all = SearchPanel.button("Choose all", "page-jobs-all", () -> model.chooseAll(true));
        Button none = SearchPanel.button("Choose none", "page-jobs-none", () -> model.chooseAll(false));
        HBox tools = new HBox(8, all, none);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, list, tools);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }
}
