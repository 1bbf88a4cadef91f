package dev.careeragent.ui.letters;

import atlantafx.base.theme.Styles;
import dev.careeragent.letters.LetterLength;
import dev.careeragent.letters.Tone;
import dev.careeragent.letters.export.LetterFormat;
import dev.careeragent.letters.guard.Claim;
import dev.careeragent.letters.store.StoredLetter;
import dev.careeragent.resume.model.PostingChoice;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.common.Buttons;
import dev.careeragent.ui.nav.PageView;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Letters page: pickers, the editor the letter streams into, the guard's flagged claims with Confirm,
 * saved versions, and Save / Export PDF, DOCX, TXT / Copy / a handle to drag the file out. Ctrl+Enter writes,
 * Escape cancels, Ctrl+S saves.
 */
public final class LetterView implements PageView {

    private final BorderPane root = new BorderPane();

    /**
     * @param chooseTarget asks where to export (a save dialog in the app)
     * @param copy puts text on the clipboard
     */
    public LetterView(LetterViewModel model, Function<LetterFormat, Optional<Path>> chooseTarget, Consumer<String> copy) {
        ComboBox<VersionInfo> resume = new ComboBox<>(model.resumes());
        resume.setId("letter-resume");
        resume.valueProperty().bindBidirectional(model.resumeProperty());
        resume.setConverter(converter(v -> v.label() + (v.primary() ? " (primary)" : "")));
        ComboBox<PostingChoice> job = new ComboBox<>(model.jobs());
        job.setId("letter-job");
        job.valueProperty().bindBidirectional(model.jobProperty());
        job.setConverter(converter(p -> p.title() + (p.company() == null ? "" : " \u2013 " + p.company())));
        ChoiceBox<Tone> tone = new ChoiceBox<>();
        tone.getItems().setAll(Tone.values());
        tone.valueProperty().bindBidirectional(model.toneProperty());
        ChoiceBox<LetterLength> length = new ChoiceBox<>();
        length.getItems().setAll(LetterLength.values());
        length.valueProperty().bindBidirectional(model.lengthProperty());
        TextField language = new TextField();
        language.setPrefColumnCount(8);
        language.textProperty().bindBidirectional(model.languageProperty());
        Button write = button("letter-write", "Write", Styles.ACCENT, model::write);
        write.disableProperty().bind(model.writingProperty());
        Button cancel = button("letter-cancel", "Cancel", null, model::cancel);
        cancel.visibleProperty().bind(model.writingProperty());
        FlowPane pickers = new FlowPane(8, 8, new Label("Resume"), resume, new Label("Job"), job, new Label("Tone"), tone,
                new Label("Length"), length, new Label("Language"), language, write, cancel);

        TextArea editor = new TextArea();
        editor.setId("letter-text");
        editor.setWrapText(true);
        editor.setPromptText("Choose a resume and a job, then Write (Ctrl+Enter). You can edit the letter here.");
        editor.textProperty().bindBidirectional(model.textProperty());
        model.appendStreamedTextWith(editor::appendText);
        VBox.setVgrow(editor, Priority.ALWAYS);

        ListView<Claim> flagged = new ListView<>(model.flagged());
        flagged.setId("letter-flagged");
        flagged.setPlaceholder(new Label("Nothing flagged."));
        flagged.setPrefWidth(260);
        flagged.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Claim claim, boolean empty) {
                super.updateItem(claim, empty);
                if (empty || claim == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Button confirm = new Button("Confirm");
                confirm.getStyleClass().add(Styles.SMALL);
                confirm.setOnAction(e -> model.confirm(claim));
                setText(claim.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + claim.text());
                setGraphic(confirm);
            }
        });
        ListView<StoredLetter> versions = new ListView<>(model.versions());
        versions.setId("letter-versions");
        versions.setPlaceholder(new Label("No saved versions."));
        versions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StoredLetter letter, boolean empty) {
                super.updateItem(letter, empty);
                setText(empty || letter == null ? null : "Version " + letter.version() + " \u00b7 " + letter.writtenBy().toLowerCase(java.util.Locale.ROOT));
            }
        });
        versions.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && versions.getSelectionModel().getSelectedItem() != null) {
                model.open(versions.getSelectionModel().getSelectedItem());
            }
        });
        Button check = button("letter-check", "Check again", null, model::check);
        VBox side = new VBox(8, new Label("Not in your resume"), flagged, check, new Label("Saved versions"), versions);

        Label status = new Label();
        status.setId("letter-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label usage = new Label();
        usage.setId("letter-usage");
        usage.getStyleClass().add(Styles.TEXT_MUTED);
        usage.textProperty().bind(model.usageProperty());
        Label drag = new Label("\u2B07 Drag PDF");
        drag.setId("letter-drag");
        drag.setOnMouseEntered(e -> model.prepareDrag(LetterFormat.PDF));
        drag.setOnDragDetected(e -> model.draggableFile(LetterFormat.PDF).ifPresent(file -> {
            ClipboardContent content = new ClipboardContent();
            content.putFiles(java.util.List.of(file.toFile()));
            drag.startDragAndDrop(TransferMode.COPY).setContent(content);
        }));
        HBox actions = new HBox(8, button("letter-save", "Save version", null, model::save),
                exportButton("letter-export-pdf", "Export PDF", LetterFormat.PDF, model, chooseTarget),
                exportButton("letter-export-docx", "Export DOCX", LetterFormat.DOCX, model, chooseTarget),
                exportButton("letter-export-txt", "Export TXT", LetterFormat.TXT, model, chooseTarget),
                button("letter-copy", "Copy", null, () -> copy.accept(model.textProperty().get())), drag);
        actions.disableProperty().bind(model.writingProperty());

        VBox center = new VBox(8, editor, actions, status, usage);
        root.setTop(Layouts.pageHeader("Cover letters", "Written from your resume's own facts; anything else is flagged."));
        VBox body = new VBox(10, pickers, new HBox(12, center, side));
        HBox.setHgrow(center, Priority.ALWAYS);
        VBox.setVgrow(body.getChildren().get(1), Priority.ALWAYS);
        root.setCenter(body);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(e) && !model.writingProperty().get()) {
                model.write();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && model.writingProperty().get()) {
                model.cancel();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                model.save();
                e.consume();
            }
        });
        model.load();
    }

    private static Button exportButton(String id, String text, LetterFormat format, LetterViewModel model,
                                       Function<LetterFormat, Optional<Path>> chooseTarget) {
        return button(id, text, null, () -> chooseTarget.apply(format).ifPresent(path -> model.export(format, path)));
    }

    private static Button button(String id, String text, String style, Runnable action) {
        return Buttons.of(id, text, style, action);
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    @Override
    public Node node() {
        return root;
    }
}
