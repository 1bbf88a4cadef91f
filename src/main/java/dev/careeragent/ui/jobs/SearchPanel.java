package dev.careeragent.ui.jobs;

import static dev.careeragent.ui.common.Forms.choice;

import atlantafx.base.theme.Styles;
import dev.careeragent.jobs.store.SavedSearch;
import dev.careeragent.jobs.normalize.EmploymentType;
import dev.careeragent.ui.common.Disclosure;
import dev.careeragent.ui.common.Layouts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** "Run search": saved searches, the editor, Run and Cancel, a line per source while it runs, and source health. */
final class SearchPanel {

    private final SearchRunViewModel model;
    private final VBox root;

    SearchPanel(SearchRunViewModel model) {
        this.model = model;
        SearchForm form = model.form();
        ComboBox<SavedSearch> saved = new ComboBox<>(model.savedSearches());
        saved.setId("saved-searches");
        saved.setPromptText("Saved searches");
        saved.setConverter(converter(s -> s.getName()));
        saved.valueProperty().addListener((obs, old, search) -> {
            if (search != null) {
                model.edit(search);
            }
        });
        Button newSearch = button("New", "search-new", () -> {
            saved.getSelectionModel().clearSelection();
            model.edit(null);
        });
        TextField name = field("search-name", "Name (optional)", form.nameProperty());
        Button save = button("Save", "search-save", model::save);
        Button delete = button("Delete", "search-delete", model::delete);
        delete.disableProperty().bind(form.editingIdProperty().isNull());
        HBox top = row(saved, newSearch, name, save, delete);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Keywords"), field("search-keywords", "e.g. java developer", form.keywordsProperty()),
                new Label("Location"), field("search-location", "e.g. Berlin", form.locationProperty()));
        ComboBox<Integer> radius = choice("search-radius", SearchForm.RADIUS_KM, form.radiusKmProperty(),
                "Any distance", km -> km + " km");
        ComboBox<Integer> posted = choice("search-posted", List.of(1, 3, 7, 14, 30), form.postedWithinDaysProperty(),
                "Any time", days -> days == 1 ? "Last 24 hours" : "Last " + days + " days");
        grid.addRow(1, new Label("Radius"), radius, new Label("Posted"), posted);
        ComboBox<EmploymentType> type = choice("search-type", List.of(EmploymentType.values()),
                form.employmentTypeProperty(), "Any type", EmploymentType::label);
        Spinner<Integer> limit = new Spinner<>(1, 1000, form.limitProperty().get(), 25);
        limit.setId("search-limit");
        limit.setEditable(true);
        limit.setPrefWidth(110);
        limit.valueProperty().addListener((obs, old, value) -> form.limitProperty().set(value));
        form.limitProperty().addListener((obs, old, value) -> limit.getValueFactory().setValue(value.intValue()));
        grid.addRow(2, new Label("Type"), type, new Label("Jobs per source"), limit);
        HBox workplace = row(check("Remote", form.remoteProperty()), check("Hybrid", form.hybridProperty()),
                check("On-site", form.onSiteProperty()));
        grid.addRow(3, new Label("Workplace"), workplace);
        GridPane.setColumnSpan(workplace, 3);

        FlowPane sources = new FlowPane(14, 6);
        for (SourceChoice choice : form.sources()) {
            CheckBox box = new CheckBox(choice.name());
            box.setId("source-" + choice.id());
            box.selectedProperty().bindBidirectional(choice.selectedProperty());
            box.setTooltip(new Tooltip(choice.kind() + (choice.notice() == null ? "" : "\n" + choice.notice())));
            sources.getChildren().add(box);
        }

        Button run = button("Run search", "search-run", model::run);
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(model.runningProperty());
        CheckBox keepRunning = new CheckBox("Save and run every hour");
        keepRunning.setId("search-keep-running");
        keepRunning.selectedProperty().bindBidirectional(model.keepRunningProperty());
        keepRunning.setTooltip(new Tooltip("Saves this search and runs it in the background every hour; "
                + "see Activity for its runs."));
        Button cancel = button("Cancel", "search-cancel", model::cancel);
        cancel.disableProperty().bind(model.runningProperty().not());
        Label summary = new Label();
        summary.setId("search-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label error = new Label();
        error.setId("search-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());

        VBox editor = new VBox(10, top, grid, new Label("Sources"), sources, row(run, cancel, keepRunning), error, summary);
        HBox.setHgrow(editor, Priority.ALWAYS);
        VBox side = new VBox(10, progressList(), healthList());
        side.setPrefWidth(380);
        side.setMinWidth(300);
        HBox columns = new HBox(24, editor, side);
        root = new VBox(columns);
        root.setId("search-panel");
        root.getStyleClass().addAll("section-card", "search-panel");
    }

    Node node() {
        return root;
    }

    private Node progressList() {
        VBox lines = new VBox(4);
        lines.setId("search-progress");
        Runnable rebuild = () -> lines.getChildren().setAll(model.progress().stream().map(item -> {
            Label name = new Label();
            name.textProperty().bind(item.nameProperty());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(110);
            Label state = new Label();
            state.textProperty().bind(item.stateProperty());
            state.getStyleClass().add("run-state");
            Disclosure detail = new Disclosure(item.detailProperty(), item.detailsProperty());
            detail.getStyleClass().add("run-detail");
            HBox.setHgrow(detail, Priority.ALWAYS);
            HBox line = new HBox(8, name, state, detail);
            line.setAlignment(Pos.TOP_LEFT);
            return (Node) line;
        }).toList());
        model.progress().addListener((ListChangeListener<SourceRunItem>) change -> rebuild.run());
        Label title = new Label("This run");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox box = new VBox(6, title, lines);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.progress()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node healthList() {
        VBox lines = new VBox(4);
        lines.setId("source-health");
        Runnable rebuild = () -> lines.getChildren().setAll(model.health().stream()
                .filter(SourceHealthItem::hasHistory)
                .map(h -> {
                    Label name = new Label(h.name());
                    name.getStyleClass().add(Styles.TEXT_BOLD);
                    VBox entry = new VBox(2, name, Layouts.muted(h.summary()));
                    if (h.lastError() != null) {
                        entry.getChildren().add(new Disclosure(h.lastErrorHeadline(), h.lastError()));
                    }
                    if (h.paused()) {
                        entry.getChildren().add(button("Try again now", "resume-" + h.sourceId(), () -> model.resume(h.sourceId())));
                    }
                    return (Node) entry;
                }).toList());
        model.health().addListener((ListChangeListener<SourceHealthItem>) change -> rebuild.run());
        Label title = new Label("Source health");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label none = Layouts.muted("No source has run yet.");
        none.visibleProperty().bind(Bindings.isEmpty(lines.getChildren()));
        none.managedProperty().bind(none.visibleProperty());
        return new VBox(6, title, none, lines);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label) {
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

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static HBox row(Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        for (Node node : nodes) {
            if (node instanceof TextField) {
                HBox.setHgrow(node, Priority.ALWAYS);
            }
        }
        row.setMinHeight(Region.USE_PREF_SIZE);
        return row;
    }
}
