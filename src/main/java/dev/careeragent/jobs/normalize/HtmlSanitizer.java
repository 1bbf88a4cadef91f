package dev.careeragent.jobs.normalize;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import java.util.Set;

/**
 * Makes a job description safe to show (no scripts, styles, frames, forms, event handlers or remote images;
 * links open with rel="nofollow noopener") and turns it into plain text that keeps paragraphs and bullets.
 */
public final class HtmlSanitizer {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "ul",
            "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "dl", "dt", "dd",
            "main", "aside", "nav", "figure");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "head", "button", "form", "select", "textarea", "input");

    private final Cleaner cleaner = new Cleaner(Safelist.basic()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "td", "th", "div")
            .removeEnforcedAttribute("a", "rel"));

    /** Safe HTML body content; relative links are resolved against {@code baseUri} (may be null). */
    public String sanitize(String html, String baseUri) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri);
        Document clean = cleaner.clean(dirty);
        for (Element a : clean.select("a")) {
            a.attr("rel", "nofollow noopener");
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    public String sanitize(String html) {
        return sanitize(html, null);
    }

    /** Readable text: one line per paragraph, "• " before list items, blank line between blocks. */
    public String toPlainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return toPlainText(Jsoup.parseBodyFragment(html).body());
    }

    /** Plain text of an already parsed element (parsers use this to avoid parsing twice). */
    public String toPlainText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new TextCollector(out), root);
        return out.toString()
                .replaceAll("[ \\t\\u00A0]+", " ")
                .replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .replaceAll("• *\\n+", "• ")
                .replaceAll("(• [^\\n]*)\\n+(?=• )", "$1\n")
                .strip();
    }

    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out;
        private int skipDepth;

        TextCollector(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (skipDepth > 0) {
                skipDepth++;
                return;
            }
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    skipDepth = 1;
                } else if (tag.equals("br")) {
                    out.append('\n');
                } else if (tag.equals("li")) {
                    out.append("\n• ");
                } else if (BLOCKS.contains(tag)) {
                    out.append("\n\n");
                } else if (tag.equals("td") || tag.equals("th")) {
                    out.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth > 0) {
                skipDepth--;
                return;
            }
            if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.normalName().equals("li"))) {
                out.append('\n');
            }
        }
    }
}
