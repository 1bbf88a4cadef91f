package dev.careeragent.ui.resume;

import atlantafx.base.theme.Styles;
import dev.careeragent.resume.ResumeExportFormat;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.nav.PageView;
import java.io.File;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;

/**
 * The Resume page: import (drop zone, "Choose file…", or a file dropped anywhere on the window), the versions,
 * the editor beside the original's preview, the ATS check and the comparison of two versions.
 */
public final class ResumeView implements PageView {

    private static final Duration UNDO_SHOWN = Duration.seconds(12);

    private final ResumeViewModel model;
    private final AtsViewModel ats;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();

    public ResumeView(ResumeViewModel model, AtsViewModel ats, CompareViewModel compare) {
        this.model = model;
        this.ats = ats;
        root.getStyleClass().add("resume-page");
        root.setTop(new VBox(12, header(), banners()));

        SplitPane details = new SplitPane(scrolling(new ResumeEditorView(model.form())), new PreviewPane(model.previewProperty()));
        details.setDividerPositions(0.5);
        details.getStyleClass().add("resume-split");
        Tab edit = new Tab("Details", details);
        edit.setId("tab-details");
        Tab check = new Tab("ATS check", new AtsPanel(ats));
        check.setId("tab-ats");
        Tab diff = new Tab("Compare", new ComparePane(compare, model.versions()));
        diff.setId("tab-compare");
        tabs.getTabs().addAll(edit, check, diff);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (tab == check) {
                ats.loadPostings();
            }
        });
        model.currentProperty().addListener((obs, old, now) -> ats.clear());

        VersionListPane versions = new VersionListPane(model);
        versions.setPrefWidth(270);
        versions.setMinWidth(230);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        HBox content = new HBox(16, versions, tabs);
        content.getStyleClass().add("resume-content");
        AtsPanel.show(content, model.emptyProperty().not());
        Node empty = emptyState();
        AtsPanel.show(empty, model.emptyProperty());
        root.setCenter(new StackPane(content, empty));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShown() {
        model.refresh();
    }

    /** Imports files dropped on the window, one version each. */
    public void importFiles(List<File> files) {
        tabs.getSelectionModel().selectFirst();
        files.forEach(f -> model.importFile(f.toPath()));
    }

    /** Asks for a file and imports it (Ctrl+O). */
    public void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import your resume");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Resumes", "*.pdf", "*.docx", "*.doc", "*.txt", "*.md", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            importFiles(List.of(file));
        }
    }

    /** Saves the edits as a new version (Ctrl+S). */
    public void save() {
        model.save();
    }

    private Node header() {
        Button choose = new Button("Choose file\u2026", Icons.of(Icons.RESUME, 16));
        choose.setId("choose-file");
        choose.setTooltip(new Tooltip("Import a PDF, Word, text or JSON Resume file (Ctrl+O)"));
        choose.setOnAction(e -> chooseFile());
        Button save = new Button("Save as new version");
        save.setId("save-version");
        save.getStyleClass().add(Styles.ACCENT);
        save.setTooltip(new Tooltip("Keep your corrections as a new version; the old one stays as it was (Ctrl+S)"));
        save.disableProperty().bind(model.loadedProperty().not());
        save.setOnAction(e -> save());
        MenuButton export = new MenuButton("Export");
        export.setId("export");
        export.disableProperty().bind(model.loadedProperty().not());
        for (ResumeExportFormat format : ResumeExportFormat.values()) {
            MenuItem item = new MenuItem(switch (format) {
                case PDF -> "PDF (single column, ATS-friendly)";
                case DOCX -> "Word document (.docx)";
                case JSON -> "JSON Resume (.json)";
            });
            item.setOnAction(e -> export(format));
            export.getItems().add(item);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (javafx.scene.control.Control c : List.of(choose, save, export)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(10, Layouts.pageHeader("Resume", "Correct what was read, keep versions, check them against jobs."),
                spacer, choose, save, export);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void export(ResumeExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export resume");
        chooser.setInitialFileName(model.exportFileName(format));
        File target = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (target != null) {
            model.export(format, target.toPath());
        }
    }

    /** Error (with a password box when a PDF needs one), notices, and the undo bar after a delete. */
    private Node banners() {
        Label error = AtsPanel.wrapped("");
        error.setId("resume-error");
        error.textProperty().bind(model.errorProperty());
        PasswordField password = new PasswordField();
        password.setId("pdf-password");
        password.setPromptText("PDF password");
        Button open = new Button("Open");
        open.setOnAction(e -> model.importWithPassword(password.getText()));
        password.setOnAction(e -> model.importWithPassword(password.getText()));
        HBox ask = new HBox(8, password, open);
        AtsPanel.show(ask, model.passwordNeededProperty());
        VBox errorBox = new VBox(8, error, ask);
        errorBox.getStyleClass().addAll("banner", "banner-danger");
        AtsPanel.show(errorBox, model.errorProperty().isNotEmpty());

        Label notice = AtsPanel.wrapped("");
        notice.setId("resume-notice");
        notice.textProperty().bind(model.noticeProperty());
        notice.getStyleClass().addAll("banner", "banner-info");
        AtsPanel.show(notice, model.noticeProperty().isNotEmpty().and(model.errorProperty().isEmpty()));

        Label deleted = new Label();
        model.undoableProperty().addListener((obs, old, now) -> deleted.setText(now == null ? ""
                : "Deleted \u201c" + now.label() + "\u201d."));
        Button undo = new Button("Undo");
        undo.setId("undo-delete");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        undo.setOnAction(e -> model.undoDelete());
        HBox snackbar = new HBox(12, deleted, undo);
        snackbar.setAlignment(Pos.CENTER_LEFT);
        snackbar.getStyleClass().add("snackbar");
        AtsPanel.show(snackbar, model.undoableProperty().isNotNull());
        PauseTransition hide = new PauseTransition(UNDO_SHOWN);
        hide.setOnFinished(e -> model.dismissUndo());
        model.undoableProperty().addListener((obs, old, now) -> {
            if (now != null) {
                hide.playFromStart();
            }
        });
        return new VBox(8, errorBox, notice, snackbar);
    }

    private Node emptyState() {
        Node glyph = Icons.of(Icons.RESUME, 48);
        glyph.getStyleClass().add("drop-icon");
        Label title = new Label("Drop your resume here");
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = Layouts.muted("PDF, Word (.docx or .doc), plain text, Markdown or JSON Resume, up to 20 MB."
                + " Drop it anywhere on this window, or choose it. Career Agent reads your contact details, jobs,"
                + " education and skills; you can correct anything before it is used.");
        text.setMaxWidth(460);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button choose = new Button("Choose file\u2026");
        choose.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        choose.setOnAction(e -> chooseFile());
        Label busy = new Label("Importing\u2026 (see the status bar)");
        busy.getStyleClass().add(Styles.TEXT_MUTED);
        AtsPanel.show(busy, model.busyProperty());
        VBox zone = new VBox(14, glyph, title, text, choose, busy);
        zone.setAlignment(Pos.CENTER);
        zone.setId("resume-drop-zone");
        zone.getStyleClass().add("drop-zone");
        zone.setOnDragEntered(e -> zone.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("hover"), true));
        zone.setOnDragExited(e -> zone.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("hover"), false));
        StackPane holder = new StackPane(zone);
        holder.getStyleClass().add("drop-holder");
        return holder;
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }
}
