package dev.careeragent.ui.jobs;

import atlantafx.base.theme.Styles;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.PostingLink;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.ui.common.Layouts;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The selected job: title, company and place, facts as chips, the actions, why it scored as it did, the description
 * and where it was listed.
 */
final class JobDetailPane {

    private final JobsViewModel model;
    private final TrackActions track;
    private final DescriptionRenderer renderer;
    private final VBox content = new VBox(14);
    private final StackPane root;

    JobDetailPane(JobsViewModel model, TrackActions track) {
        this.model = model;
        this.track = track;
        this.renderer = new DescriptionRenderer(url -> model.openOriginal(new JobDetail(
                JobPosting.builder().url(url).build(), List.of())));
        content.getStyleClass().add("job-detail");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        Label empty = Layouts.muted("Select a job to read its description.");
        empty.setId("job-detail-empty");
        empty.visibleProperty().bind(model.selectedProperty().isNull());
        scroll.visibleProperty().bind(model.selectedProperty().isNotNull());
        root = new StackPane(empty, scroll);
        root.setId("job-detail");
        root.getStyleClass().add("job-detail-pane");
        model.detailProperty().addListener((obs, old, detail) -> show(detail));
        model.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && model.detailProperty().get() != null
                    && model.detailProperty().get().posting().id() == row.id()) {
                show(model.detailProperty().get());
            }
        });
    }

    Node node() {
        return root;
    }

    private void show(JobDetail detail) {
        content.getChildren().clear();
        PostingRow row = model.selectedProperty().get();
        if (detail == null || row == null) {
            return;
        }
        JobPosting p = detail.posting();
        Label title = new Label(p.title());
        title.setId("job-detail-title");
        title.getStyleClass().addAll(Styles.TITLE_3);
        title.setWrapText(true);
        Label where = new Label(String.join(" \u00b7 ", nonBlank(p.company(), p.location())));
        where.getStyleClass().add(Styles.TEXT_MUTED);
        where.setWrapText(true);
        content.getChildren().addAll(new VBox(4, title, where), chips(p, detail), actions(row, detail),
                TrackButtons.of(track, p));
        if (detail.match() != null) {
            content.getChildren().add(WhyScorePane.of(detail.match()));
        }
        VBox description = p.descriptionHtml() != null ? renderer.render(p.descriptionHtml())
                : renderer.renderText(p.descriptionText());
        description.setId("job-description");
        if (description.getChildren().isEmpty()) {
            description.getChildren().add(Layouts.muted("This listing has no description. Open the original to read it."));
        }
        content.getChildren().add(description);
        content.getChildren().add(listings(detail));
    }

    private static FlowPane chips(JobPosting p, JobDetail detail) {
        FlowPane chips = new FlowPane(6, 6);
        List<String> facts = new ArrayList<>(nonBlank(JobFormats.remote(p.remote()), p.employmentType(), p.seniority(),
                JobFormats.salary(p)));
        if (p.postedDate() != null) {
            facts.add("Posted " + JobFormats.date(p.postedDate()));
        }
        facts.forEach(fact -> chips.getChildren().add(chip(fact, "job-chip")));
        detail.links().stream().map(PostingLink::source).distinct()
                .forEach(source -> chips.getChildren().add(chip(JobFormats.sourceName(source), "source-chip")));
        return chips;
    }

    private FlowPane actions(PostingRow row, JobDetail detail) {
        Button open = new Button("Open original");
        open.setId("job-open");
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(e -> model.openOriginal(detail));
        Button save = new Button(row.saved() ? "Saved \u2713" : "Save");
        save.setId("job-save");
        save.setOnAction(e -> model.toggleSaved(row));
        Button hide = new Button(row.hidden() ? "Show again" : "Hide");
        hide.setId("job-hide");
        hide.setOnAction(e -> model.hide(row));
        Button copy = new Button("Copy link");
        copy.setId("job-copy-link");
        copy.setOnAction(e -> model.copyLink(detail));
        List.of(open, save, hide, copy).forEach(button -> button.setMinWidth(Region.USE_PREF_SIZE));
        // In a narrow detail pane the buttons take a second line instead of showing "S..." and "...".
        FlowPane actions = new FlowPane(8, 8, open, save, hide, copy);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private static VBox listings(JobDetail detail) {
        VBox box = new VBox(4);
        box.getStyleClass().add("job-listings");
        Label heading = new Label("Listed on");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        box.getChildren().add(heading);
        for (PostingLink link : detail.links()) {
            Label line = Layouts.muted(JobFormats.sourceName(link.source()) + (link.url() == null ? "" : "  " + link.url()));
            box.getChildren().add(line);
        }
        detail.attributions().forEach(text -> box.getChildren().add(Layouts.muted(text)));
        return box;
    }

    private static Label chip(String text, String style) {
        Label chip = new Label(text);
        chip.getStyleClass().add(style);
        return chip;
    }

    private static List<String> nonBlank(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return out;
    }
}
