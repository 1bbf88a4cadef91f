package dev.careeragent.sources.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Votes from what the page labels in words: "Company: X", "Location" / "Job Location" next to a value (dt/dd,
 * th/td, label and value boxes), and the "About X" heading most postings carry about their employer.
 */
final class LabelVotes {

    /** A label's end: its colon, a required-field star, or the colon and dash of "Location :- Delhi". */
    private static final Pattern LABEL_END = Pattern.compile("\\s*(?:[:：]\\s*[-–]|[:：*])+$");
    /** Running text around a label word ("... contact <span>Title</span> <span>name</span>, Department of ...")
     * means the word is part of a sentence, not a field label. */
    private static final int SENTENCE_AROUND = 60;
    /** "DK 2670 Greve", "D-80331 München", "75001 Paris": the town of an address line. */
    private static final Pattern POSTAL_TOWN = Pattern.compile("^(?:[A-Z]{1,3}[- ])?\\d{4,5}\\s+(?<town>\\p{Lu}[\\p{L} .'-]{1,40})$");
    private static final Pattern ABOUT = Pattern.compile("^(?i:about)\\s+(?:(?i:us at|the company:?)\\s+)?(?<c>\\p{Lu}[\\p{L}\\p{N}&.' -]{1,50}?)\\s*:?$");
    /** A label and its colon anywhere in a line ("... % Arbeitsort: "). */
    private static final Pattern LABEL_RUN = Pattern.compile("(?<![\\p{L}])(\\p{L}[\\p{L} '’]{2,24})\\s*[:：]\\s*(?=\\S)");
    private static final Pattern INLINE = Pattern.compile("^([\\p{L} '’]{3,25})\\s*[:：][-–]?\\s*(\\S.{1,80})$");
    private static final Set<String> NOT_NAMES = Set.of("the job", "the role", "the team", "you", "us", "the position",
            "the company", "this role", "the opportunity");

    private LabelVotes() {
    }

    /** Casts the page's labelled values; returns the names its "About X" headings give (often a short form). */
    static List<String> read(Document doc, FieldVotes title, FieldVotes company, FieldVotes location) {
        List<String> aboutNames = new ArrayList<>();
        if (doc.body() == null) {
            return aboutNames;
        }
        Votes votes = new Votes();
        for (Element e : doc.body().getAllElements()) {
            String own = e.ownText().strip();
            if (e.selectFirst("> br") != null && own.length() <= 200) {
                BlockText.brLines(e).forEach(line -> inline(line, votes, title, company, location)); // "Pensum: 60 %<br>Ort: X"
            } else {
                inline(own, votes, title, company, location);
            }
            aboutHeading(e, company, aboutNames);
            if (own.isEmpty() || own.length() > 30) {
                continue;
            }
            String label = compound(labelKey(own));
            boolean weakTitle = LabelWords.WEAK_TITLE.contains(label);
            FieldVotes target = LabelWords.TITLE.contains(label) || weakTitle ? title : LabelWords.COMPANY.contains(label) ? company
                    : LabelWords.LOCATION.contains(label) ? location : null;
            if (target == null || !standsAlone(e)) {
                continue;
            }
            List<String> lines = valueLines(e);
            if (lines.isEmpty() || lines.get(0).equalsIgnoreCase(own)) {
                continue;
            }
            if (target == location) {
                String value = String.join(", ", lines);
                List<String> towns = AddressBlocks.towns(value);
                votes.add(label, location, towns.isEmpty() ? value : String.join(", ", towns), 7);
                continue;
            }
            votes.add(label, target, lines.get(0), weakTitle ? 4 : 7);
            if (target == company) {
                addressTown(lines.subList(1, lines.size()), location);
            }
        }
        votes.cast();
        return aboutNames;
    }

    /**
     * Labelled values, cast once the whole page is read: a label given with several different values ("Work area:"
     * on each of the "similar jobs" cards) describes a list of other jobs, so its weight is shared among them.
     */
    private static final class Votes {
        private record Vote(String label, FieldVotes target, String value, double weight) {
        }

        private final List<Vote> votes = new ArrayList<>();
        private final Map<String, Set<String>> valuesByLabel = new HashMap<>();

        void add(String label, FieldVotes target, String value, double weight) {
            votes.add(new Vote(label, target, value, weight));
            valuesByLabel.computeIfAbsent(label, k -> new HashSet<>()).add(FieldVotes.key(value));
        }

        /** The first value of a repeated label is most likely the page's own (a posting comes before its asides). */
        void cast() {
            Set<String> first = new HashSet<>();
            for (Vote v : votes) {
                int values = valuesByLabel.get(v.label).size();
                boolean own = values > 1 && first.add(v.label);
                v.target.add(v.value, v.weight / (own ? 2 : values));
            }
        }
    }

    /** "Institution/Company", "Ort / Standort": a label of two words for one field is that field's label. */
    private static String compound(String label) {
        if (!label.contains("/")) {
            return label;
        }
        for (String part : label.split("\\s*/\\s*")) {
            if (LabelWords.COMPANY.contains(part) || LabelWords.LOCATION.contains(part) || LabelWords.TITLE.contains(part)) {
                return part;
            }
        }
        return label;
    }

    /** A field label stands on its own: not a link or menu entry, not a word inside a sentence. */
    private static boolean standsAlone(Element label) {
        if (label.closest("a, nav, button, option") != null) {
            return false;
        }
        Element parent = label.parent();
        return parent == null || parent.ownText().strip().length() <= SENTENCE_AROUND || leads(label);
    }

    /** The label opens its line: nothing but blank text before it ("<li><b>Location:</b> Zurich, ...</li>"). */
    private static boolean leads(Element label) {
        for (Node n = label.previousSibling(); n != null; n = n.previousSibling()) {
            if (!(n instanceof TextNode t) || !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** An employer block's address ("Hobbii A/S", "Kildebrøndevej 42", "DK 2670 Greve"): its town is a weak place. */
    private static void addressTown(List<String> addressLines, FieldVotes location) {
        for (String line : addressLines) {
            var m = POSTAL_TOWN.matcher(line);
            if (m.matches()) {
                location.add(m.group("town"), 3);
                return;
            }
        }
    }

    /** "Location: Austin, TX" or "Company: Acme" in one line of text. */
    private static void inline(String own, Votes votes, FieldVotes title, FieldVotes company, FieldVotes location) {
        var m = INLINE.matcher(own);
        if (!m.matches()) {
            return;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT).strip();
        FieldVotes target = LabelWords.TITLE.contains(label) ? title : LabelWords.COMPANY.contains(label) ? company
                : LabelWords.LOCATION.contains(label) ? location : null;
        if (target != null) {
            votes.add(label, target, m.group(2), 6);
        }
    }

    /** Whether a label ("Employer", "Arbeitgeber:") names the employer, in any of the languages above. */
    static boolean companyLabel(String label) {
        return label != null && LabelWords.COMPANY.contains(labelKey(label));
    }

    /** A label as the label lists hold it: lower case, without its trailing colon or required-field star. */
    static String labelKey(String label) {
        return LABEL_END.matcher(label.toLowerCase(Locale.ROOT)).replaceFirst("").strip();
    }

    /** A word that labels a place ("Workplace", "Standort"): never the place itself. */
    static boolean isLocationLabel(String value) {
        return value != null && LabelWords.LOCATION.contains(labelKey(value));
    }

    /** A location value without the label a page printed in front of it ("Placering: Tianjin" -> "Tianjin"). */
    static String withoutLocationLabel(String value) {
        if (value == null) {
            return null;
        }
        String out = value;
        var m = LABEL_RUN.matcher(value);
        while (m.find()) { // "Pensum: 50 - 60 % Arbeitsort: St. Gallen": the place follows the last place label
            if (LabelWords.LOCATION.contains(m.group(1).toLowerCase(Locale.ROOT).strip())) {
                out = value.substring(m.end()).strip();
            }
        }
        return out;
    }

    /**
     * The value a label introduces: its next sibling element, or the next one of its parent (label in a b/font), as
     * lines (an employer block gives its name, then its address).
     */
    private static List<String> valueLines(Element label) {
        String after = textAfter(label);
        if (after.isEmpty()) {
            after = textInside(label);
        }
        if (!after.isEmpty()) {
            return after.length() > 120 ? List.of() : List.of(after); // "<b>Company:</b> Acme" in one line
        }
        Element next = label.nextElementSibling();
        if (next == null && label.parent() != null && label.parent().children().size() == 1) {
            next = label.parent().nextElementSibling();
        }
        while (next != null && next.is("br")) {
            next = next.nextElementSibling();
        }
        if (next == null) {
            return List.of();
        }
        String text = next.text().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> lines = BlockText.brLines(next).stream().map(line -> line.replaceAll("\\s+", " ")).toList();
        return lines.isEmpty() || lines.get(0).length() > 120 ? List.of() : lines;
    }

    /** The text that follows a label inside the same line, up to the next element ("<strong>Azienda:</strong> X"). */
    private static String textAfter(Element label) {
        Node next = label.nextSibling();
        return next instanceof TextNode t ? t.text().replace('\u00a0', ' ').strip() : "";
    }

    /** "<td>Location <font>Wilkesboro, North Carolina</font></td>": the label opens the element that holds its value. */
    private static String textInside(Element label) {
        List<TextNode> own = label.textNodes().stream().filter(n -> !n.isBlank()).toList();
        if (own.size() != 1 || label.childNodeSize() < 2 || !(firstNonBlank(label) instanceof TextNode)) {
            return "";
        }
        String all = label.text().strip();
        String text = own.get(0).text().strip();
        return all.startsWith(text) ? all.substring(text.length()).strip() : "";
    }

    private static Node firstNonBlank(Element e) {
        for (Node n : e.childNodes()) {
            if (!(n instanceof TextNode t) || !t.isBlank()) {
                return n;
            }
        }
        return null;
    }

    private static void aboutHeading(Element e, FieldVotes company, List<String> aboutNames) {
        if (!e.is("h1, h2, h3, h4, h5, strong, b, p") || e.text().length() > 60) {
            return;
        }
        var m = ABOUT.matcher(e.text().strip());
        if (m.matches() && !NOT_NAMES.contains(m.group("c").toLowerCase(Locale.ROOT))) {
            company.add(m.group("c"), 3);
            aboutNames.add(m.group("c"));
        }
    }
}
