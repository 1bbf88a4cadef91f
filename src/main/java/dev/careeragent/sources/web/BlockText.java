package dev.careeragent.sources.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element with a line break between its blocks (paragraphs, list items, cells, headings), so that a
 * name read from the text never runs from one block into the next ("Preferred Experience" heading, "Must-have"
 * line, "English is required." item).
 */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3",
            "h4", "h5", "h6", "td", "th", "tr", "table", "section", "article", "header", "footer", "main", "aside", "nav",
            "form", "br", "blockquote", "pre", "address", "figure", "figcaption", "button", "option");

    private BlockText() {
    }

    /** The element's text split at its {@code <br>}s, each line stripped, blank lines left out. */
    static List<String> brLines(Element e) {
        Element copy = e.clone();
        copy.select("br").after(" ¶ ");
        List<String> lines = new ArrayList<>();
        for (String line : copy.text().split("\\s*¶\\s*")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" ?\\n[\\s]*", "\n").strip();
    }
}
