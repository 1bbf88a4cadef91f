package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.normalize.DescriptionLayout;
import dev.careeragent.jobs.normalize.DescriptionLayout.Paragraph;
import dev.careeragent.jobs.normalize.DescriptionLayout.Run;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.VBox;

/**
 * Draws a job description laid out by {@link DescriptionLayout} with JavaFX nodes, no web engine: each paragraph
 * is a text flow, styles become style classes, links become hyperlinks that call {@code onLink}.
 */
public final class DescriptionRenderer {

    private final Consumer<String> onLink;

    public DescriptionRenderer(Consumer<String> onLink) {
        this.onLink = onLink;
    }

    public VBox render(String html) {
        return draw(DescriptionLayout.ofHtml(html));
    }

    public VBox renderText(String text) {
        return draw(DescriptionLayout.ofText(text));
    }

    private VBox draw(List<Paragraph> paragraphs) {
        VBox box = new VBox(8);
        box.getStyleClass().add("job-description");
        for (Paragraph paragraph : paragraphs) {
            TextFlow flow = new TextFlow(paragraph.runs().stream().map(this::node).toArray(Node[]::new));
            flow.getStyleClass().add("job-paragraph");
            if (!paragraph.style().isEmpty()) {
                flow.getStyleClass().add(paragraph.style());
            }
            box.getChildren().add(flow);
        }
        return box;
    }

    private Node node(Run run) {
        if (run.isLink()) {
            Hyperlink link = new Hyperlink(run.text());
            link.setOnAction(event -> onLink.accept(run.href()));
            return link;
        }
        Text text = new Text(run.text());
        text.getStyleClass().add("job-text");
        if (!run.style().isEmpty()) {
            text.getStyleClass().add(run.style());
        }
        return text;
    }
}
