package dev.careeragent.ui.guide;

import static dev.careeragent.ui.common.Forms.field;
import static dev.careeragent.ui.common.Forms.grid;

import atlantafx.base.theme.Styles;
import dev.careeragent.ui.common.Forms;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.guide.FirstRunGuideViewModel.Step;
import dev.careeragent.ui.jobs.SearchForm;
import dev.careeragent.ui.jobs.SearchRunViewModel;
import dev.careeragent.ui.jobs.SourceRunItem;
import dev.careeragent.ui.profile.PreferencesView;
import dev.careeragent.ui.resume.ResumeViewModel;
import dev.careeragent.ui.sources.SourceSettingsView;
import java.io.File;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The first-run guide as a card over the main window (Escape or "Skip" closes it), bound to {@link FirstRunGuideViewModel}. */
public final class FirstRunGuideView extends StackPane {

    private final FirstRunGuideViewModel model;

    public FirstRunGuideView(FirstRunGuideViewModel model, Runnable openSettings) {
        this.model = model;
        setId("first-run-guide");
        Map<Step, Node> steps = new EnumMap<>(Step.class);
        steps.put(Step.RESUME, resumeStep(model.resume()));
        steps.put(Step.WANTS, wantsStep());
        steps.put(Step.SOURCES, new VBox(12, SourceSettingsView.sources(model.sources()),
                Forms.status("guide-sources-status", model.sources().statusProperty(), model.sources().statusOkProperty())));
        steps.put(Step.ALERTS, alertsStep(openSettings));
        steps.put(Step.AI, text("No AI is needed: \u201cNone\u201d is fine. Scores, searches and alerts all work without "
                + "one. You can choose an AI model later in Settings > AI."));
        steps.put(Step.SEARCH, searchStep(model.search()));

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.stepProperty().get().title(), model.stepProperty()));
        Label counter = Layouts.muted("");
        counter.textProperty().bind(Bindings.createStringBinding(() -> "Step " + (model.stepProperty().get().ordinal() + 1)
                + " of " + Step.values().length, model.stepProperty()));
        ScrollPane content = new ScrollPane();
        content.setFitToWidth(true);
        content.contentProperty().bind(Bindings.createObjectBinding(() -> steps.get(model.stepProperty().get()), model.stepProperty()));
        VBox.setVgrow(content, Priority.ALWAYS);

        VBox card = new VBox(12, new HBox(12, title, counter), content, buttons());
        card.getStyleClass().add("first-run-card");
        card.setStyle("-fx-background-color: -color-bg-default; -fx-background-radius: 8; -fx-border-color: -color-border-default;"
                + " -fx-border-radius: 8; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.3), 24, 0, 0, 4);");
        card.setPadding(new Insets(24));
        card.setMaxSize(680, 560);
        Region scrim = new Region();
        scrim.setStyle("-fx-background-color: rgba(0,0,0,0.35);");
        getChildren().addAll(scrim, card);
        visibleProperty().bind(model.openProperty());
        setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                model.skip();
            }
        });
    }

    private Node buttons() {
        Button skip = new Button("Skip");
        skip.setId("guide-skip");
        skip.setOnAction(e -> model.skip());
        Button back = new Button("Back");
        back.setId("guide-back");
        back.disableProperty().bind(model.stepProperty().isEqualTo(Step.RESUME));
        back.setOnAction(e -> model.back());
        Button next = new Button();
        next.setId("guide-next");
        next.getStyleClass().add(Styles.ACCENT);
        next.textProperty().bind(Bindings.when(model.stepProperty().isEqualTo(Step.SEARCH)).then("Finish").otherwise("Next"));
        next.disableProperty().bind(model.busyBinding());
        next.setOnAction(e -> model.next());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(8, skip, gap, back, next);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private Node resumeStep(ResumeViewModel resume) {
        Label drop = new Label("Drop your resume here (PDF, Word, text or JSON)");
        drop.setId("guide-resume-drop");
        drop.setMaxWidth(Double.MAX_VALUE);
        drop.setMinHeight(110);
        drop.setAlignment(Pos.CENTER);
        drop.setStyle("-fx-border-color: -color-border-default; -fx-border-style: dashed; -fx-border-width: 2; -fx-border-radius: 6;");
        drop.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        drop.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                model.importResume(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
        Button choose = new Button("Choose a file\u2026");
        choose.setId("guide-resume-choose");
        choose.setOnAction(e -> chooseResume());
        Label notice = new Label();
        notice.setId("guide-resume-notice");
        notice.setWrapText(true);
        notice.getStyleClass().add(Styles.SUCCESS);
        notice.textProperty().bind(resume.noticeProperty());
        Label error = new Label();
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(resume.errorProperty());
        return new VBox(12, text("Your resume is what every job is scored against. You can skip this and import one later "
                + "on the Resume page."), drop, choose, notice, error);
    }

    private void chooseResume() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import your resume");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Resumes", "*.pdf", "*.docx", "*.doc", "*.txt", "*.md", "*.json"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.importResume(List.of(file.toPath()));
        }
    }

    private Node wantsStep() {
        PreferencesView preferences = new PreferencesView(model.wants());
        for (String id : new String[] {"#pref-save", "#pref-weights"}) { // Next saves; weights stay in Settings
            Node hidden = preferences.lookup(id);
            hidden.setVisible(false);
            hidden.setManaged(false);
        }
        return new VBox(12, text("Jobs that match what you want score higher; jobs from companies or with words you avoid "
                + "are hidden. Everything here is optional."), preferences);
    }

    private static Node alertsStep(Runnable openSettings) {
        Hyperlink email = new Hyperlink("Set up email alerts in Settings");
        email.setId("guide-email-settings");
        email.setOnAction(e -> openSettings.run());
        return new VBox(12, text("New jobs that fit you well show up as a desktop notification from the tray icon; "
                + "that is on already."), text("Email alerts are optional."), email);
    }

    private Node searchStep(SearchRunViewModel search) {
        GridPane form = grid();
        form.addRow(0, new Label("Looking for"), field("guide-keywords", search.form().keywordsProperty(), "e.g. Java Developer"));
        form.addRow(1, new Label("Where"), field("guide-location", search.form().locationProperty(), "e.g. Berlin"));
        form.addRow(2, new Label("Radius"), Forms.choice("guide-radius", SearchForm.RADIUS_KM,
                search.form().radiusKmProperty(), "Any distance", km -> km + " km"));
        Button start = new Button("Save and run every hour");
        start.setId("guide-start-search");
        start.disableProperty().bind(search.runningProperty().or(model.startedProperty()));
        start.setOnAction(e -> model.startSearch());
        Button cancel = new Button("Cancel search");
        cancel.setId("guide-cancel-search");
        cancel.visibleProperty().bind(search.runningProperty());
        cancel.setOnAction(e -> search.cancel());
        ListView<SourceRunItem> progress = new ListView<>(search.progress());
        progress.setId("guide-search-progress");
        progress.setPrefHeight(130);
        progress.setCellFactory(list -> new ProgressCell());
        Label summary = new Label();
        summary.setId("guide-search-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.when(search.errorProperty().isEmpty())
                .then(search.summaryProperty()).otherwise(search.errorProperty()));
        Label kept = Layouts.muted("");
        kept.textProperty().bind(Bindings.when(model.startedProperty())
                .then("Saved: this search runs every hour in the background, also when this window is closed to the tray.")
                .otherwise("The search is saved and then runs every hour; change it any time on the Jobs page."));
        kept.setWrapText(true);
        return new VBox(12, form, new HBox(8, start, cancel), kept, progress, summary);
    }

    private static Label text(String value) {
        Label label = new Label(value);
        label.setWrapText(true);
        return label;
    }

    /** One source's line while the first search runs: "RemoteOK - running - 4 found, 4 new". */
    private static final class ProgressCell extends ListCell<SourceRunItem> {
        @Override
        protected void updateItem(SourceRunItem item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText(null);
            } else {
                textProperty().bind(Bindings.concat(item.nameProperty(), " \u2013 ", item.stateProperty(),
                        Bindings.when(item.detailProperty().isEmpty()).then("").otherwise(Bindings.concat(": ", item.detailProperty()))));
            }
        }
    }
}
