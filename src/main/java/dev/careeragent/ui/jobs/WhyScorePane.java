package dev.careeragent.ui.jobs;

import atlantafx.base.theme.Styles;
import dev.careeragent.match.MatchExplanation;
import dev.careeragent.match.MatchResult;
import dev.careeragent.ui.common.Layouts;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The "Why this score" panel of the selected job: skills found and missing, partial credit, penalties, points, reasons. */
final class WhyScorePane {

    private WhyScorePane() {
    }

    static Node of(MatchResult match) {
        VBox box = new VBox(8);
        box.setId("why-score");
        box.getStyleClass().add("why-score");
        Label heading = new Label("Why this score");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label score = new Label(WhyScore.headline(match));
        score.setId("why-score-value");
        score.getStyleClass().addAll("score-badge", ScoreCells.styleOf(match));
        box.getChildren().add(new VBox(4, heading, score));
        MatchExplanation why = match.explanation();
        section(box, "Skills you show", chips(why.matchedSkills(), "skill-matched"), why.matchedSkills());
        section(box, "Required skills missing", chips(why.missingRequired(), "skill-missing"), why.missingRequired());
        section(box, "Nice-to-have skills missing", chips(why.missingPreferred(), "skill-missing"), why.missingPreferred());
        lines(box, "Partly covered", WhyScore.partials(why));
        lines(box, "Penalties", WhyScore.penalties(why));
        lines(box, "Points", WhyScore.points(match));
        lines(box, "In short", why.reasons());
        return box;
    }

    private static void section(VBox box, String title, Node content, List<String> items) {
        if (!items.isEmpty()) {
            box.getChildren().add(new VBox(4, Layouts.muted(title), content));
        }
    }

    private static void lines(VBox box, String title, List<String> items) {
        if (!items.isEmpty()) {
            VBox list = new VBox(2);
            items.forEach(item -> {
                Label line = new Label("\u2022 " + item);
                line.setWrapText(true);
                list.getChildren().add(line);
            });
            box.getChildren().add(new VBox(4, Layouts.muted(title), list));
        }
    }

    private static FlowPane chips(List<String> skills, String style) {
        FlowPane chips = new FlowPane(6, 6);
        skills.forEach(skill -> {
            Label chip = new Label(skill);
            chip.getStyleClass().addAll("job-chip", style);
            chips.getChildren().add(chip);
        });
        return chips;
    }
}
