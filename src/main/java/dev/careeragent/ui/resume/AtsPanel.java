package dev.careeragent.ui.resume;

import atlantafx.base.theme.Styles;
import dev.careeragent.resume.ats.AtsReason;
import dev.careeragent.resume.ats.CategoryScore;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Choose a posting or paste a job, then the score with every reason, the suggestions and the writing advice. */
final class AtsPanel extends ScrollPane {

    AtsPanel(AtsViewModel model) {
        ComboBox<dev.careeragent.resume.model.PostingChoice> posting = new ComboBox<>(model.postings());
        posting.setId("ats-posting");
        posting.setPromptText("Choose a saved job posting");
        posting.setMaxWidth(Double.MAX_VALUE);
        posting.valueProperty().bindBidirectional(model.postingProperty());
        TextArea text = new TextArea();
        text.setId("ats-job-text");
        text.setPromptText("\u2026or paste the job description here");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.textProperty().bindBidirectional(model.jobTextProperty());
        Button check = new Button("Check resume");
        check.setId("ats-check");
        check.getStyleClass().add(Styles.ACCENT);
        check.disableProperty().bind(model.runningProperty());
        check.setOnAction(e -> model.check());
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        show(error, model.errorProperty().isNotEmpty());
        VBox input = card("Job to check against", posting, text, new HBox(10, check, error));

        Label score = new Label();
        score.setId("ats-score");
        score.getStyleClass().add("ats-score");
        score.textProperty().bind(model.scoreProperty().asString());
        Label outOf = new Label("/ 100");
        outOf.getStyleClass().add(Styles.TEXT_MUTED);
        HBox scoreRow = new HBox(6, score, outOf);
        scoreRow.setAlignment(Pos.BASELINE_LEFT);
        VBox bars = rows(model.categories(), AtsPanel::categoryRow);
        HBox.setHgrow(bars, Priority.ALWAYS);
        HBox summary = new HBox(28, scoreRow, bars);
        VBox results = new VBox(16, card("ATS score", summary),
                card("Reasons", rows(model.reasons(), AtsPanel::reason)),
                hideEmpty(card("Suggestions", rows(model.suggestions(), s -> wrapped("\u2192 " + s.text()))), model.suggestions()),
                hideEmpty(card("Writing advice", rows(model.advice(), a -> {
                    Label where = new Label(a.where());
                    where.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD);
                    Label excerpt = wrapped("\u201c" + a.excerpt() + "\u201d");
                    excerpt.getStyleClass().add(Styles.TEXT_MUTED);
                    return new VBox(2, where, excerpt, wrapped(a.advice()));
                })), model.advice()));
        results.setId("ats-results");
        model.tailoring().ifPresent(t -> results.getChildren().add(1, TailorPane.of(t)));
        show(results, model.checkedProperty());
        VBox page = new VBox(16, input, results);
        page.getStyleClass().add("tab-page");
        setContent(page);
        setFitToWidth(true);
        getStyleClass().add("page-scroll");
    }

    private static Node categoryRow(CategoryScore c) {
        Label name = new Label(c.category().title());
        name.setPrefWidth(130);
        ProgressBar bar = new ProgressBar((double) c.points() / c.max());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add(Styles.SMALL);
        bar.getStyleClass().add(c.points() == c.max() ? Styles.SUCCESS : c.points() * 2 >= c.max() ? Styles.WARNING : Styles.DANGER);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label points = new Label(c.points() + " / " + c.max());
        points.getStyleClass().add(Styles.TEXT_MUTED);
        points.setPrefWidth(56);
        HBox row = new HBox(10, name, bar, points);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node reason(AtsReason r) {
        Label mark = new Label(switch (r.status()) {
            case OK -> "\u2713";
            case WARNING -> "!";
            case PROBLEM -> "\u2717";
        });
        mark.getStyleClass().addAll("reason-mark", "reason-" + r.status().name().toLowerCase(java.util.Locale.ROOT));
        Label text = wrapped(r.text());
        HBox.setHgrow(text, Priority.ALWAYS);
        Label category = new Label(r.category().title());
        category.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        category.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(10, mark, text, category);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("ats-reason");
        return row;
    }

    /** A column of nodes that follows a list. */
    static <T> VBox rows(ObservableList<T> items, Function<T, Node> view) {
        VBox box = new VBox(8);
        Runnable rebuild = () -> box.getChildren().setAll(List.copyOf(items).stream().map(view).toList());
        items.addListener((ListChangeListener<T>) c -> rebuild.run());
        rebuild.run();
        return box;
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add("section-card");
        return box;
    }

    private static Node hideEmpty(Node node, ObservableList<?> items) {
        show(node, Bindings.isNotEmpty(items));
        return node;
    }

    static void show(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
