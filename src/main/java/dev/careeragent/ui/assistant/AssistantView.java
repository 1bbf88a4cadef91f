package dev.careeragent.ui.assistant;

import atlantafx.base.theme.Styles;
import dev.careeragent.assistant.store.AssistantAction;
import dev.careeragent.assistant.store.ChatEntry;
import dev.careeragent.assistant.store.Conversation;
import dev.careeragent.ui.common.Buttons;
import dev.careeragent.ui.nav.PageView;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Assistant page: conversations on the left (Ctrl+N new, Delete with Undo, rename in the title field), the chat
 * with the answer streaming in, the actions waiting for Confirm or Decline (a confirmed one offers Undo), and the
 * message box (Enter sends,
 * Shift+Enter breaks the line, Escape cancels). Without a model it explains how to set one up.
 */
public final class AssistantView implements PageView {

    private final BorderPane root = new BorderPane();
    private final AssistantViewModel model;

    /** @param openAiSettings shows Settings (the AI section) */
    public AssistantView(AssistantViewModel model, Runnable openAiSettings) {
        this.model = model;
        root.setLeft(conversationList());
        VBox transcript = rows(model.entries(), AssistantView::line);
        transcript.setId("assistant-transcript");
        Node streaming = new StreamingAnswer(model.streamingProperty()).node();
        VBox chat = new VBox(10, transcript, streaming);
        chat.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(chat);
        scroll.setFitToWidth(true);
        chat.heightProperty().addListener((o, a, b) -> scroll.setVvalue(1.0));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox actions = rows(model.pending(), this::actionCard);
        actions.setId("assistant-actions");
        VBox center = new VBox(10, titleField(), emptyState(openAiSettings), scroll, actions, undoBar(), statusLine(), inputRow());
        center.setPadding(new Insets(16));
        root.setCenter(center);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.newConversation();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)
                    && !(root.getScene().getFocusOwner() instanceof TextInputControl) && model.undoOfferProperty().get() != null) {
                model.undo();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && model.sendingProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
    }

    private Node conversationList() {
        ListView<Conversation> list = new ListView<>(model.conversations());
        list.setId("assistant-conversations");
        list.setPlaceholder(new Label("No conversations yet"));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selectedProperty().set(b);
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = button("assistant-new", "New conversation", Styles.ACCENT, model::newConversation);
        Button delete = button("assistant-delete", "Delete", Styles.DANGER, model::delete);
        delete.disableProperty().bind(model.selectedProperty().isNull());
        VBox box = new VBox(8, new HBox(8, add, delete), list);
        box.setPadding(new Insets(16, 0, 16, 16));
        box.setPrefWidth(260);
        return box;
    }

    private Node titleField() {
        TextField title = new TextField();
        title.setId("assistant-title");
        title.setPromptText("Conversation name (Enter renames)");
        title.getStyleClass().add(Styles.TITLE_4);
        model.selectedProperty().addListener((o, a, b) -> title.setText(b == null ? "" : b.title()));
        title.setOnAction(e -> model.rename(title.getText()));
        title.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.rename(title.getText());
            }
        });
        title.disableProperty().bind(model.selectedProperty().isNull());
        return title;
    }

    private Node emptyState(Runnable openAiSettings) {
        Label heading = new Label("The assistant needs a language model");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label how = new Label("It answers questions about your jobs, scores, applications and letters, and proposes"
                + " changes for you to confirm. Set up a model in Settings \u2192 AI: Ollama runs free on your own computer"
                + " (install it from ollama.com, run \u201collama pull llama3.2\u201d, then choose Ollama), or use OpenAI"
                + " with an API key, or any OpenAI-compatible server (LM Studio, vLLM, llama.cpp). Everything else in the"
                + " app works without one.");
        how.setWrapText(true);
        Button open = button("assistant-open-settings", "Open Settings \u2192 AI", Styles.ACCENT, openAiSettings);
        VBox box = new VBox(10, heading, how, open);
        box.setId("assistant-empty");
        box.getStyleClass().addAll(Styles.BG_WARNING_SUBTLE, Styles.ROUNDED);
        box.setPadding(new Insets(16));
        show(box, model.modelReadyProperty().not());
        return box;
    }

    private Node actionCard(AssistantAction action) {
        Label what = new Label(action.summary());
        what.setWrapText(true);
        what.getStyleClass().add(Styles.TEXT_BOLD);
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(10);
        // the first click disables both buttons: a double click confirms once
        Button confirm = button("assistant-confirm-" + action.id(), "Confirm", Styles.SUCCESS, () -> {
            row.setDisable(true);
            model.confirm(action);
        });
        Button decline = button("assistant-decline-" + action.id(), "Decline", null, () -> {
            row.setDisable(true);
            model.decline(action);
        });
        row.getChildren().addAll(new Label("The assistant proposes:"), what, confirm, decline);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("assistant-action", Styles.BG_ACCENT_SUBTLE, Styles.ROUNDED);
        row.setPadding(new Insets(10));
        return row;
    }

    /** "Deleted “Visa questions”." or "Done: Track … as Saved." with Undo (Ctrl+Z outside the text fields). */
    private Node undoBar() {
        Label text = new Label();
        text.setId("assistant-undo-message");
        text.textProperty().bind(Bindings.createStringBinding(() -> model.undoOfferProperty().get() == null ? ""
                : model.undoOfferProperty().get().message(), model.undoOfferProperty()));
        Button undo = button("assistant-undo", "Undo", null, model::undo);
        HBox bar = new HBox(10, text, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        show(bar, model.undoOfferProperty().isNotNull());
        return bar;
    }

    private Node statusLine() {
        Label status = new Label();
        status.setId("assistant-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label usage = new Label();
        usage.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        usage.textProperty().bind(model.usageProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        return new HBox(10, status, usage);
    }

    private Node inputRow() {
        TextArea input = new TextArea();
        input.setId("assistant-input");
        input.setWrapText(true);
        input.setPrefRowCount(3);
        input.setPromptText("Ask about your jobs, scores, applications or letters\u2026 (Enter sends, Shift+Enter for a new line)");
        input.textProperty().bindBidirectional(model.inputProperty());
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                model.send();
                e.consume();
            }
        });
        HBox.setHgrow(input, Priority.ALWAYS);
        Button send = button("assistant-send", "Send", Styles.ACCENT, model::send);
        send.disableProperty().bind(model.sendingProperty());
        Button cancel = button("assistant-cancel", "Cancel", null, model::cancel);
        show(cancel, model.sendingProperty());
        VBox buttons = new VBox(8, send, cancel);
        HBox row = new HBox(10, input, buttons);
        row.disableProperty().bind(model.modelReadyProperty().not());
        return row;
    }

    private static Node line(ChatEntry entry) {
        return switch (entry.role()) {
            case USER -> {
                HBox right = new HBox(bubble(entry.text(), Styles.BG_ACCENT_SUBTLE));
                right.setAlignment(Pos.CENTER_RIGHT);
                yield right;
            }
            case ASSISTANT -> bubble(entry.text(), Styles.BG_NEUTRAL_SUBTLE);
            case NOTE -> {
                Label note = new MeasuredOnceLabel(entry.text());
                note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                yield note;
            }
        };
    }

    private static Label bubble(String text, String background) {
        Label label = new MeasuredOnceLabel(text);
        label.setMaxWidth(640);
        label.setPadding(new Insets(8, 12, 8, 12));
        label.getStyleClass().addAll(background, Styles.ROUNDED);
        return label;
    }

    /** A column of nodes that follows a list change by change (a new line does not rebuild the others). */
    private static <T> VBox rows(ObservableList<T> items, Function<T, Node> view) {
        VBox box = new VBox(8);
        box.getChildren().setAll(List.copyOf(items).stream().map(view).toList());
        items.addListener((ListChangeListener<T>) c -> {
            while (c.next()) {
                if (c.wasPermutated() || c.wasUpdated()) {
                    box.getChildren().setAll(List.copyOf(items).stream().map(view).toList());
                    return;
                }
                if (c.wasRemoved()) {
                    box.getChildren().remove(c.getFrom(), c.getFrom() + c.getRemovedSize());
                }
                if (c.wasAdded()) {
                    box.getChildren().addAll(c.getFrom(), c.getAddedSubList().stream().map(view).toList());
                }
            }
        });
        return box;
    }

    private static Button button(String id, String text, String style, Runnable action) {
        return Buttons.of(id, text, style, action);
    }

    private static void show(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShown() {
        model.load();
    }
}
