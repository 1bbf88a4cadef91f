package dev.careeragent.ui.dashboard;

import atlantafx.base.theme.Styles;
import dev.careeragent.ui.common.Icons;
import dev.careeragent.ui.common.Layouts;
import dev.careeragent.ui.nav.PageView;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Dashboard, the start of the day: three counts, the first steps for a new user, and what needs attention today. */
public final class DashboardView implements PageView {

    private final DashboardViewModel model;
    private final Node root;

    public DashboardView(DashboardViewModel model) {
        this.model = model;
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("dashboard-loading");
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(model.loadingProperty());
        HBox header = new HBox(12, Layouts.pageHeader("Dashboard", "Your job search at a glance: what needs you today."), spinner);
        header.setAlignment(Pos.CENTER_LEFT);

        HBox stats = new HBox(16,
                stat("stat-resumes", Icons.RESUME, "Resume versions", model.resumeVersionsProperty()),
                stat("stat-postings", Icons.WORK, "Active job postings", model.activePostingsProperty()),
                stat("stat-applications", Icons.SEND, "Applications", model.applicationsProperty()));

        Label pipeline = Layouts.muted("");
        pipeline.setId("dashboard-pipeline");
        pipeline.textProperty().bind(model.pipelineProperty());
        showWhen(pipeline, model.pipelineProperty().isNotEmpty());

        Label error = new Label();
        error.setId("dashboard-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        showWhen(error, model.errorProperty().isNotEmpty());

        root = Layouts.scrollingPage(header, stats, pipeline, error, emptyState(), TodayCards.of(model));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShown() {
        model.refresh();
    }

    private VBox stat(String id, String icon, String caption, LongProperty count) {
        Label number = new Label();
        number.getStyleClass().add("stat-number");
        number.textProperty().bind(Bindings.when(model.loadedProperty())
                .then(count.asString("%,d")).otherwise("\u2013"));
        Label label = new Label(caption);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        Node glyph = Icons.of(icon, 20);
        glyph.getStyleClass().add("stat-icon");
        HBox top = new HBox(8, glyph, label);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(10, top, number);
        card.setId(id);
        card.getStyleClass().add("stat-card");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setPrefWidth(200); // equal preferred widths: the cards share the row evenly
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    /** The first steps: all of them for a new user, then only the ones still to do. */
    private Node emptyState() {
        Label title = new Label();
        title.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        title.textProperty().bind(Bindings.when(model.emptyProperty()).then("Welcome! Start here").otherwise("Next step"));
        Label intro = Layouts.muted("Nothing is stored yet. Two steps get you going:");
        showWhen(intro, model.emptyProperty());
        VBox state = new VBox(12, title, intro,
                step("1", "Import your resume",
                        "Drag a PDF or DOCX onto this window. Career Agent reads your skills and experience from it.",
                        "Import resume", "import-resume", model.needsResumeProperty(), model.canImportResumeProperty(),
                        model::importResume),
                step("2", "Run your first job search",
                        "Say which roles and places you want; Career Agent searches the job boards and ranks what fits you.",
                        "Search jobs", "search-jobs", model.needsSearchProperty(), model.canSearchJobsProperty(),
                        model::searchJobs));
        state.setId("empty-state");
        state.getStyleClass().addAll("section-card", "empty-state");
        showWhen(state, model.needsResumeProperty().or(model.needsSearchProperty()));
        return state;
    }

    private static HBox step(String number, String title, String text, String action, String id,
                             BooleanProperty pending, BooleanProperty available, Runnable command) {
        Label badge = new Label(number);
        badge.getStyleClass().add("step-number");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        VBox words = new VBox(2, heading, Layouts.muted(text));
        HBox.setHgrow(words, Priority.ALWAYS);
        Button button = new Button(action);
        button.setId(id);
        button.getStyleClass().add(Styles.ACCENT);
        button.setMinWidth(Button.USE_PREF_SIZE);
        // The button appears once the feature's page is installed; until then the text says what to do.
        showWhen(button, available);
        button.setOnAction(e -> command.run());
        HBox row = new HBox(14, badge, words, button);
        row.setAlignment(Pos.CENTER_LEFT);
        showWhen(row, pending);
        return row;
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
