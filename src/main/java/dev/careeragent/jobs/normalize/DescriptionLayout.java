package dev.careeragent.jobs.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Lays a sanitised job description out as paragraphs of styled text runs, for a UI to draw without a web engine:
 * paragraphs and headings become paragraphs, list items get bullets or numbers, bold and italic keep a style,
 * links keep their address. Only text is taken from the HTML, so nothing in it can run.
 */
public final class DescriptionLayout {

    /** A piece of text with one style ("" for none); {@code href} is set for a link. "\n" breaks the line. */
    public record Run(String text, String style, String href) {
        public boolean isLink() {
            return href != null;
        }

        boolean isBlankText() {
            return href == null && text.isBlank();
        }
    }

    /** A block of runs; {@code style} names its kind ("" for a plain paragraph). */
    public record Paragraph(List<Run> runs, String style) {
    }

    public static final String BULLET = "job-bullet";
    public static final String HEADING = "job-heading";
    public static final String HEADING_LINE = "job-heading-line";
    public static final String LIST_ITEM = "job-list-item";
    public static final String STRONG = "job-strong";
    public static final String EMPHASIS = "job-em";
    private static final String BREAK = "\n";

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "ul", "ol", "li", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "hr", "dl", "dt", "dd", "header", "footer");

    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Run> flow = new ArrayList<>();

    private DescriptionLayout() {
    }

    public static List<Paragraph> ofHtml(String html) {
        DescriptionLayout layout = new DescriptionLayout();
        if (html != null && !html.isBlank()) {
            layout.blocks(Jsoup.parseBodyFragment(html).body(), "");
            layout.flush("");
        }
        return List.copyOf(layout.paragraphs);
    }

    /** A description that came as plain text: blank lines separate paragraphs, single newlines break lines. */
    public static List<Paragraph> ofText(String text) {
        DescriptionLayout layout = new DescriptionLayout();
        if (text != null && !text.isBlank()) {
            for (String paragraph : text.strip().split("\\n\\s*\\n")) {
                String[] lines = paragraph.strip().split("\\n");
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        layout.lineBreak();
                    }
                    layout.addText(lines[i], "");
                }
                layout.flush("");
            }
        }
        return List.copyOf(layout.paragraphs);
    }

    private void blocks(Element element, String style) {
        int number = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                addText(text.text(), style);
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    lineBreak();
                } else if (tag.equals("li")) {
                    flush("");
                    number++;
                    flow.add(new Run(element.normalName().equals("ol") ? number + ". " : "\u2022 ", BULLET, null));
                    blocks(e, style);
                    flush(LIST_ITEM);
                } else if (tag.matches("h[1-6]")) {
                    flush("");
                    blocks(e, HEADING);
                    flush(HEADING_LINE);
                } else if (BLOCKS.contains(tag)) {
                    flush("");
                    blocks(e, style);
                    flush("");
                } else if (tag.equals("a") && !e.attr("href").isBlank()) {
                    flow.add(new Run(e.text(), "", e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href")));
                } else if (tag.equals("strong") || tag.equals("b")) {
                    blocks(e, STRONG);
                } else if (tag.equals("em") || tag.equals("i")) {
                    blocks(e, style.isEmpty() ? EMPHASIS : style);
                } else {
                    blocks(e, style);
                }
            }
        }
    }

    /** Breaks the line; several breaks in a row count as one (pages use them as spacing). */
    private void lineBreak() {
        if (flow.isEmpty() || !isBreak(flow.get(flow.size() - 1))) {
            flow.add(new Run(BREAK, "", null));
        }
    }

    private static boolean isBreak(Run run) {
        return !run.isLink() && run.text().equals(BREAK);
    }

    private void addText(String text, String style) {
        if (text.isBlank() && (flow.isEmpty() || text.isEmpty())) {
            return;
        }
        flow.add(new Run(text, style, null));
    }

    private void flush(String style) {
        while (!flow.isEmpty() && flow.get(flow.size() - 1).isBlankText()) {
            flow.remove(flow.size() - 1);
        }
        while (!flow.isEmpty() && flow.get(0).isBlankText()) {
            flow.remove(0);
        }
        boolean loneBullet = flow.size() == 1 && flow.get(0).style().equals(BULLET);
        if (!flow.isEmpty() && !loneBullet) {
            paragraphs.add(new Paragraph(List.copyOf(flow), style));
        }
        flow.clear();
    }
}
