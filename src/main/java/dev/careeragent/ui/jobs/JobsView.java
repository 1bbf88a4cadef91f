package dev.careeragent.ui.jobs;

import static dev.careeragent.ui.common.Forms.converter;

import atlantafx.base.theme.Styles;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.jobs.store.PostingSearch;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.nav.PageView;
import java.io.File;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The Jobs page: search-as-you-type and filters over the stored jobs, the table (one page loaded at a time),
 * the selected job's details, "Run search" and "Add job from page" (paste an address or drop a saved page).
 */
public final class JobsView implements PageView {

    private final JobsViewModel model;
    private final SearchRunViewModel runs;
    private final BorderPane root = new BorderPane();

    public JobsView(JobsViewModel model, SearchRunViewModel runs, TrackActions track) {
        this.model = model;
        this.runs = runs;
        ToggleButton searchToggle = new ToggleButton("Run search", Icons.of(Icons.SEARCH, 16));
        searchToggle.setId("toggle-search-panel");
        searchToggle.getStyleClass().add(Styles.ACCENT);
        ToggleButton importToggle = new ToggleButton("Add job from page");
        importToggle.setId("toggle-import");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, Layouts.pageHeader("Jobs", "Every job found, without duplicates. Type to search."),
                spacer, importToggle, searchToggle);
        header.setAlignment(Pos.CENTER_LEFT);
        // The panel scrolls inside at most half the page, so a long run report never pushes the table off screen.
        ScrollPane searchPanel = new ScrollPane(new SearchPanel(runs).node());
        searchPanel.setId("search-panel-scroll");
        searchPanel.setFitToWidth(true);
        searchPanel.getStyleClass().add("edge-to-edge");
        searchPanel.maxHeightProperty().bind(root.heightProperty().multiply(0.5));
        showWhen(searchPanel, searchToggle.selectedProperty());
        Node importBar = importBar();
        showWhen(importBar, importToggle.selectedProperty());

        VBox top = new VBox(8, header, searchPanel, importBar, filters(), messages(), noResumeBanner());
        top.getStyleClass().add("jobs-top");
        TableView<PostingRow> table = JobsTable.create(model);
        table.setPlaceholder(placeholder(searchToggle));
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(new VBox(8, table, SkillGapsList.of(model)), new JobDetailPane(model, track).node());
        split.setDividerPositions(0.64);
        split.getStyleClass().add("jobs-split");
        root.setTop(top);
        root.setCenter(split);
        root.getStyleClass().add("jobs-page");
        acceptDroppedPages();
        PageJobsDialog.follow(model.pageJobs(), root);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShown() {
        model.refresh();
        runs.load();
    }

    private FlowPane filters() {
        TextField search = new TextField();
        search.setId("job-search");
        search.setPromptText("Search jobs\u2026");
        search.setMinWidth(180);
        search.setPrefWidth(260);
        search.textProperty().bindBidirectional(model.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> model.refreshRows());
        model.searchTextProperty().addListener((obs, old, text) -> debounce.playFromStart());

        ComboBox<String> source = new ComboBox<>();
        source.setId("filter-source");
        source.setPromptText("All sources");
        Bindings.bindContent(source.getItems(), model.sources());
        source.valueProperty().bindBidirectional(model.sourceProperty());
        source.setConverter(converter(JobFormats::sourceName, "All sources"));
        ComboBox<Integer> posted = new ComboBox<>();
        posted.setId("filter-posted");
        posted.getItems().addAll(null, 1, 7, 30);
        posted.setConverter(converter(d -> d == 1 ? "Last 24 hours" : "Last " + d + " days", "Any time"));
        posted.valueProperty().bindBidirectional(model.postedWithinDaysProperty());
        ComboBox<RemoteMode> remote = new ComboBox<>();
        remote.setId("filter-remote");
        remote.getItems().addAll(null, RemoteMode.REMOTE, RemoteMode.HYBRID, RemoteMode.ON_SITE);
        remote.setConverter(converter(JobFormats::remote, "Any workplace"));
        remote.valueProperty().bindBidirectional(model.remoteProperty());
        TextField salary = new TextField();
        salary.setId("filter-salary");
        salary.setPromptText("Min. salary/year");
        salary.setPrefColumnCount(8);
        salary.textProperty().bindBidirectional(model.minSalaryProperty());
        salary.setOnAction(e -> model.refresh());
        salary.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.refresh();
            }
        });
        Spinner<Integer> minScore = new Spinner<>(0, 100, 0, 5);
        minScore.setId("filter-min-score");
        minScore.setEditable(true);
        minScore.setPrefWidth(84);
        minScore.setTooltip(new Tooltip("Show only jobs scoring at least this (0 shows all)"));
        minScore.getValueFactory().valueProperty().addListener((obs, old, value) -> {
            model.minScoreProperty().set(value == null ? 0 : value);
            model.refresh();
        });
        model.minScoreProperty().addListener((obs, old, value) -> minScore.getValueFactory().setValue(value.intValue()));
        Label minScoreLabel = Layouts.muted("Min. score");
        ToggleButton saved = new ToggleButton("Saved");
        saved.setId("filter-saved");
        saved.selectedProperty().bindBidirectional(model.savedOnlyProperty());
        ToggleButton hidden = new ToggleButton("Hidden");
        hidden.setId("filter-hidden");
        hidden.selectedProperty().bindBidirectional(model.hiddenOnlyProperty());
        List.of(source.valueProperty(), posted.valueProperty(), remote.valueProperty(), saved.selectedProperty(),
                hidden.selectedProperty()).forEach(p -> p.addListener((obs, old, value) -> model.refresh()));
        Label count = new Label();
        count.setId("jobs-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int total = model.totalProperty().get();
            return total > PostingSearch.COUNT_CAP ? String.format("%,d+ jobs", PostingSearch.COUNT_CAP)
                    : String.format("%,d %s", total, total == 1 ? "job" : "jobs");
        }, model.totalProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.loadingProperty());
        HBox query = new HBox(8, Icons.of(Icons.SEARCH, 18), search);
        query.setAlignment(Pos.CENTER_LEFT);
        HBox score = new HBox(8, minScoreLabel, minScore);
        score.setAlignment(Pos.CENTER_LEFT);
        List.of(source, posted, remote, saved, hidden, count, minScoreLabel).forEach(c -> c.setMinWidth(Region.USE_PREF_SIZE));
        // A flow, not a row: at the default window size the filters take two lines instead of cutting their labels.
        FlowPane bar = new FlowPane(8, 6, query, source, posted, remote, salary, score, saved, hidden, busy, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("jobs-filters");
        return bar;
    }

    private Node messages() {
        Label notice = new Label();
        notice.setId("jobs-notice");
        notice.textProperty().bind(model.noticeProperty());
        Button undo = SearchPanel.button("Undo", "undo-hide", model::undoHide);
        undo.getStyleClass().add(Styles.FLAT);
        showWhen(undo, model.undoableHideProperty().isNotNull());
        Label error = new Label();
        error.setId("jobs-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        HBox bar = new HBox(8, notice, undo, error);
        bar.setAlignment(Pos.CENTER_LEFT);
        showWhen(bar, model.noticeProperty().isNotEmpty().or(model.errorProperty().isNotEmpty()));
        return bar;
    }

    private Node noResumeBanner() {
        Label text = new Label("Import your resume to see how well each job fits.");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        HBox banner = new HBox(8, Icons.of(Icons.SEARCH, 16), text);
        banner.setId("jobs-no-resume");
        banner.setAlignment(Pos.CENTER_LEFT);
        showWhen(banner, model.hasResumeProperty().not());
        return banner;
    }

    private Node importBar() {
        TextField address = new TextField();
        address.setId("import-address");
        address.setPromptText("Paste a job's web address, or drop a saved job page (.html) on this page");
        HBox.setHgrow(address, Priority.ALWAYS);
        Button add = SearchPanel.button("Add", "import-add", () -> model.importJob(address.getText()));
        address.setOnAction(e -> add.fire());
        Button file = SearchPanel.button("Choose file\u2026", "import-file", () -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Saved web pages", "*.html", "*.htm"));
            File chosen = chooser.showOpenDialog(root.getScene().getWindow());
            if (chosen != null) {
                model.importJob(chosen.getPath());
            }
        });
        HBox bar = new HBox(8, address, add, file);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("import-bar");
        return bar;
    }

    private Node placeholder(ToggleButton searchToggle) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Label loading = Layouts.muted("Loading jobs\u2026");
        VBox loadingState = new VBox(8, spinner, loading);
        loadingState.setAlignment(Pos.CENTER);
        showWhen(loadingState, model.loadingProperty());

        Label firstTitle = new Label("No jobs yet");
        firstTitle.getStyleClass().add(Styles.TITLE_4);
        Button start = SearchPanel.button("Run your first search", "first-search", () -> searchToggle.setSelected(true));
        start.getStyleClass().add(Styles.ACCENT);
        VBox first = new VBox(8, firstTitle, Layouts.muted("Search the job boards and APIs, or add a job from its page."), start);
        first.setAlignment(Pos.CENTER);
        first.setId("jobs-empty");
        showWhen(first, model.loadingProperty().not().and(model.storeEmptyProperty()));

        Label noMatch = Layouts.muted("No jobs match these filters.");
        Button clear = SearchPanel.button("Clear filters", "clear-filters", model::clearFilters);
        VBox none = new VBox(8, noMatch, clear);
        none.setAlignment(Pos.CENTER);
        none.setId("jobs-no-match");
        showWhen(none, model.loadingProperty().not().and(model.storeEmptyProperty().not()));
        return new StackPane(loadingState, first, none);
    }

    private void acceptDroppedPages() {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            boolean done = event.getDragboard().hasFiles();
            if (done) {
                event.getDragboard().getFiles().forEach(f -> model.importJob(f.getPath()));
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
