package dev.careeragent.ui.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.VBox;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Draws a sanitised job description with JavaFX nodes, no web engine: paragraphs and headings become text
 * flows, list items get bullets or numbers, bold/italic keep their style, links become hyperlinks that call
 * {@code onLink}. Nothing in the HTML can run: only text is taken from it.
 */
public final class DescriptionRenderer {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "ul", "ol", "li", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "hr", "dl", "dt", "dd", "header", "footer");

    private final Consumer<String> onLink;

    public DescriptionRenderer(Consumer<String> onLink) {
        this.onLink = onLink;
    }

    public VBox render(String html) {
        VBox box = new VBox(8);
        box.getStyleClass().add("job-description");
        if (html == null || html.isBlank()) {
            return box;
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        List<Node> flow = new ArrayList<>();
        blocks(body, box, flow, "");
        flush(box, flow, "");
        return box;
    }

    /** A description that came as plain text: blank lines separate paragraphs, single newlines break lines. */
    public VBox renderText(String text) {
        VBox box = new VBox(8);
        box.getStyleClass().add("job-description");
        if (text == null || text.isBlank()) {
            return box;
        }
        List<Node> flow = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            String[] lines = paragraph.strip().split("\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    lineBreak(flow);
                }
                addText(flow, lines[i], "");
            }
            flush(box, flow, "");
        }
        return box;
    }

    private void blocks(Element element, VBox box, List<Node> flow, String style) {
        int number = 0;
        for (org.jsoup.nodes.Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                addText(flow, text.text(), style);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    lineBreak(flow);
                } else if (tag.equals("li")) {
                    flush(box, flow, "");
                    number++;
                    String marker = element.normalName().equals("ol") ? number + ". " : "\u2022 ";
                    flow.add(styled(marker, "job-bullet"));
                    blocks(e, box, flow, style);
                    flush(box, flow, "job-list-item");
                } else if (tag.matches("h[1-6]")) {
                    flush(box, flow, "");
                    blocks(e, box, flow, "job-heading");
                    flush(box, flow, "job-heading-line");
                } else if (BLOCKS.contains(tag)) {
                    flush(box, flow, "");
                    blocks(e, box, flow, style);
                    flush(box, flow, "");
                } else if (tag.equals("a") && !e.attr("href").isBlank()) {
                    Hyperlink link = new Hyperlink(e.text());
                    String href = e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
                    link.setOnAction(event -> onLink.accept(href));
                    flow.add(link);
                } else if (tag.equals("strong") || tag.equals("b")) {
                    blocks(e, box, flow, "job-strong");
                } else if (tag.equals("em") || tag.equals("i")) {
                    blocks(e, box, flow, style.isEmpty() ? "job-em" : style);
                } else {
                    blocks(e, box, flow, style);
                }
            }
        }
    }

    /** Breaks the line; several breaks in a row count as one (pages use them as spacing). */
    private static void lineBreak(List<Node> flow) {
        if (flow.isEmpty() || !(flow.get(flow.size() - 1) instanceof Text t && t.getText().equals("\n"))) {
            flow.add(new Text("\n"));
        }
    }

    private static void addText(List<Node> flow, String text, String style) {
        if (text.isBlank() && (flow.isEmpty() || text.isEmpty())) {
            return;
        }
        flow.add(styled(text, style));
    }

    private static Text styled(String text, String style) {
        Text node = new Text(text);
        node.getStyleClass().add("job-text");
        if (!style.isEmpty()) {
            node.getStyleClass().add(style);
        }
        return node;
    }

    private static void flush(VBox box, List<Node> flow, String style) {
        while (!flow.isEmpty() && flow.get(flow.size() - 1) instanceof Text t && t.getText().isBlank()) {
            flow.remove(flow.size() - 1);
        }
        while (!flow.isEmpty() && flow.get(0) instanceof Text t && t.getText().isBlank()) {
            flow.remove(0);
        }
        boolean loneBullet = flow.size() == 1 && flow.get(0).getStyleClass().contains("job-bullet");
        if (!flow.isEmpty() && !loneBullet) {
            TextFlow paragraph = new TextFlow(flow.toArray(Node[]::new));
            paragraph.getStyleClass().add("job-paragraph");
            if (!style.isEmpty()) {
                paragraph.getStyleClass().add(style);
            }
            box.getChildren().add(paragraph);
        }
        flow.clear();
    }
}
