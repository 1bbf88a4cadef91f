package dev.careeragent.ui.resume;

import atlantafx.base.theme.Styles;
import dev.careeragent.resume.ResumeSkill;
import dev.careeragent.resume.SkillEvidence;
import dev.careeragent.resume.StoredResume;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The skills found in the shown version, as chips; hovering one shows where the resume shows it. */
final class SkillsCard extends VBox {

    private final FlowPane chips = new FlowPane(6, 6);
    private final Label caption = new Label();

    SkillsCard(ObjectProperty<StoredResume> shown) {
        super(8);
        getStyleClass().add("section-card");
        setId("resume-skills-found");
        Label title = new Label("Skills found");
        title.getStyleClass().addAll(Styles.TITLE_4, "section-title");
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        caption.setWrapText(true);
        ScrollPane scroll = new ScrollPane(chips);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, caption, scroll);
        shown.addListener((obs, old, now) -> show(now));
        show(shown.get());
    }

    private void show(StoredResume stored) {
        chips.getChildren().clear();
        if (stored == null) {
            caption.setText("");
            return;
        }
        caption.setText(stored.skills().size() + " skills, matched to the skills list. Hover one to see where it was found.");
        for (ResumeSkill skill : stored.skills()) {
            Label chip = new Label(skill.name());
            chip.getStyleClass().addAll("skill-chip", skill.inSkillsSection() ? "skill-listed" : "skill-used");
            Tooltip tip = new Tooltip((skill.category() == null ? "Not in the skills list" : skill.category()) + "\n"
                    + skill.evidence().stream().map(SkillEvidence::where).distinct().map(w -> "\u2022 " + w)
                    .collect(Collectors.joining("\n")));
            tip.setShowDelay(Duration.millis(250));
            chip.setTooltip(tip);
            chips.getChildren().add(chip);
        }
    }
}
