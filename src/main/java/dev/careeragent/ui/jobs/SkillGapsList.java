package dev.careeragent.ui.jobs;

import dev.careeragent.ui.common.Layouts;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** "Skill gaps in your top matches": skills the best-fitting jobs ask for that the resume does not show. */
final class SkillGapsList {

    static final int SHOWN = 5;

    private SkillGapsList() {
    }

    static Node of(JobsViewModel model) {
        VBox lines = new VBox(2);
        lines.setId("skill-gaps");
        Runnable fill = () -> {
            lines.getChildren().clear();
            model.skillGaps().stream().limit(SHOWN).forEach(text -> {
                Label line = new Label("\u2022 " + text);
                line.setWrapText(true);
                lines.getChildren().add(line);
            });
            if (lines.getChildren().isEmpty()) {
                lines.getChildren().add(Layouts.muted("No gaps: your top matches ask for nothing your resume lacks."));
            }
        };
        model.skillGaps().addListener((ListChangeListener<String>) change -> fill.run());
        fill.run();
        TitledPane pane = new TitledPane("Skill gaps in your top matches", lines);
        pane.setId("skill-gaps-pane");
        pane.setExpanded(false);
        pane.visibleProperty().bind(model.hasResumeProperty());
        pane.managedProperty().bind(model.hasResumeProperty());
        return pane;
    }
}
