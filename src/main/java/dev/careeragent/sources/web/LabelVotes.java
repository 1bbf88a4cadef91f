package dev.careeragent.sources.web;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Votes from what the page labels in words: "Company: X", "Location" / "Job Location" next to a value (dt/dd,
 * th/td, label and value boxes), and the "About X" heading most postings carry about their employer.
 */
final class LabelVotes {

    private static final Set<String> TITLE_LABELS = Set.of("title", "job title", "position title", "position",
            "job", "vacancy");
    private static final Set<String> COMPANY_LABELS = Set.of("company", "company name", "company's name", "employer",
            "hiring company", "organization", "organisation", "advertiser", "hiring organization", "business");
    private static final Set<String> LOCATION_LABELS = Set.of("location", "job location", "locations", "city",
            "work location", "place of work", "workplace", "office", "based in");
    private static final Pattern ABOUT = Pattern.compile("^(?i:about)\\s+(?:(?i:us at|the company:?)\\s+)?(?<c>\\p{Lu}[\\p{L}\\p{N}&.' -]{1,50}?)\\s*:?$");
    private static final Pattern INLINE = Pattern.compile("^([\\p{L} '’]{3,25})\\s*[:：]\\s*(\\S.{1,80})$");
    private static final Set<String> NOT_NAMES = Set.of("the job", "the role", "the team", "you", "us", "the position",
            "the company", "this role", "the opportunity");

    private LabelVotes() {
    }

    static void read(Document doc, FieldVotes title, FieldVotes company, FieldVotes location) {
        if (doc.body() == null) {
            return;
        }
        for (Element e : doc.body().getAllElements()) {
            String own = e.ownText().strip();
            inline(own, title, company, location);
            if (own.isEmpty() || own.length() > 30) {
                aboutHeading(e, company);
                continue;
            }
            String label = own.toLowerCase(Locale.ROOT).replaceAll("[:：*]+$", "").strip();
            FieldVotes target = TITLE_LABELS.contains(label) ? title : COMPANY_LABELS.contains(label) ? company
                    : LOCATION_LABELS.contains(label) ? location : null;
            if (target == null) {
                continue;
            }
            String value = valueAfter(e);
            if (value != null && !value.equalsIgnoreCase(own)) {
                target.add(value, 7);
            }
        }
    }

    /** "Location: Austin, TX" or "Company: Acme" in one line of text. */
    private static void inline(String own, FieldVotes title, FieldVotes company, FieldVotes location) {
        var m = INLINE.matcher(own);
        if (!m.matches()) {
            return;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT).strip();
        FieldVotes target = TITLE_LABELS.contains(label) ? title : COMPANY_LABELS.contains(label) ? company
                : LOCATION_LABELS.contains(label) ? location : null;
        if (target != null) {
            target.add(m.group(2), 6);
        }
    }

    /** The value a label introduces: its next sibling element, or the next one of its parent (label in a b/font). */
    private static String valueAfter(Element label) {
        Element next = label.nextElementSibling();
        if (next == null && label.parent() != null && label.parent().children().size() == 1) {
            next = label.parent().nextElementSibling();
        }
        while (next != null && next.is("br")) {
            next = next.nextElementSibling();
        }
        if (next == null) {
            return null;
        }
        String text = next.text().strip();
        return text.isEmpty() || text.length() > 120 ? null : text;
    }

    private static void aboutHeading(Element e, FieldVotes company) {
        if (!e.is("h1, h2, h3, h4, h5, strong, b, p") || e.text().length() > 60) {
            return;
        }
        var m = ABOUT.matcher(e.text().strip());
        if (m.matches() && !NOT_NAMES.contains(m.group("c").toLowerCase(Locale.ROOT))) {
            company.add(m.group("c"), 3);
        }
    }
}
