package dev.careeragent.sources.web;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Job cards on an unknown board by structure: at least three elements of the same kind (tag, class and parent's
 * kind, so rows of several tables or alternating "odd"/"even" rows count together), each with a link, most of them
 * job-like: a title naming an occupation, title markup ({@code job-title}), or what a job card shows beside the
 * title (a closing or posting date, an employment type, a deadline). Each card's title is its heading, its
 * title-marked element or its link; company and location come from the card's naming markup and place-like lines.
 */
public final class JobCards {

    private static final int MIN_CARDS = 3;
    private static final int MAX_CARD_TEXT = 600;
    private static final int FEW_CARDS = 10;
    /** Class words that differ between cards of one list ("odd"/"even", "first", "is-active", numbered). */
    private static final Pattern VARYING_CLASS = Pattern.compile(
            "\\b(?:odd|even|alt|alternate|first|last|active|is-active|selected|current|hidden|new|featured|[\\w-]*\\d+[\\w-]*)\\b");
    private static final Pattern JOB_HINT = Pattern.compile("(?i)\\b(?:deadline|closing|closes|apply by|posted|published"
            + "|full[- ]time|part[- ]time|fixed[- ]term|permanent|temporary|contract|internship|salary|vacancy|employment)\\b"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./]\\s?(?:\\d{1,2}|[A-Za-z]{3})[./]\\s?\\d{2,4}\\b"
            + "|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2},? \\d{4}\\b");
    /** A card's place column: class "town", "city", "place" (a place column's header is also its class). */
    private static final Pattern PLACE_CELL = Pattern.compile("(?i)(?:^|\\s)(?:town|city|place|ort|stad|location)(?:\\s|$)");
    private static final String TITLE_MARKUP = "h1, h2, h3, h4, h5, [class*=title], [class*=Title], [itemprop=title]";

    private final PostingNormalizer normalizer;

    public JobCards(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public List<JobPosting> read(Document doc, String baseUrl) {
        List<Element> best = List.of();
        long bestJobs = 0;
        for (List<Element> group : groups(doc).values()) {
            long jobs = group.stream().filter(JobCards::jobLike).count();
            if (group.size() >= MIN_CARDS && jobs * 2 >= group.size() && jobs > bestJobs && distinctTitles(group)) {
                best = group;
                bestJobs = jobs;
            }
        }
        if (best.size() < FEW_CARDS && !dominates(best, doc)) {
            return List.of(); // a job page with a short list beside it (similar jobs, a menu of links)
        }
        List<JobPosting> out = new ArrayList<>();
        for (Element card : best) {
            out.add(normalizer.normalize(card(card), baseUrl));
        }
        return out;
    }

    private static Map<String, List<Element>> groups(Document doc) {
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element e : doc.select("li, article, tr, div")) {
            if (e.parent() == null || e.selectFirst("a[href]") == null || e.text().length() > MAX_CARD_TEXT
                    || e.closest("nav, header, footer, select") != null) {
                continue;
            }
            Element parent = e.parent();
            String key = e.tagName() + "|" + kind(e) + "|" + parent.tagName() + "|" + kind(parent);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    /** A few cards make a listing only when they are most of what the page says, not a sidebar of a job's page. */
    private static boolean dominates(List<Element> cards, Document doc) {
        int cardText = cards.stream().mapToInt(c -> c.text().length()).sum();
        return doc.body() != null && cardText * 3 >= doc.body().text().length();
    }

    private static String kind(Element e) {
        return VARYING_CLASS.matcher(e.className()).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /** Cards of one list name different jobs (a menu repeats the same few links; a job list rarely does). */
    private static boolean distinctTitles(List<Element> group) {
        Set<String> titles = new HashSet<>();
        for (Element card : group) {
            titles.add(FieldVotes.key(titleText(titleLink(card))));
        }
        return titles.size() * 3 >= group.size() * 2;
    }

    private static boolean jobLike(Element card) {
        String title = titleText(titleLink(card));
        return TextVotes.namesRole(title.replaceFirst("[.\\s]+$", "")) || JOB_HINT.matcher(card.text()).find()
                || card.selectFirst("[class*=job-title], [class*=jobtitle], [class*=jobTitle], [class*=job_title]") != null;
    }

    private static Element titleLink(Element card) {
        for (Element a : card.select("a[href]")) {
            if (TextVotes.namesRole(a.text()) || a.selectFirst(TITLE_MARKUP) != null) {
                return a;
            }
        }
        Element marked = card.selectFirst(TITLE_MARKUP);
        Element inMarked = marked == null ? null : marked.selectFirst("a[href]");
        return inMarked != null ? inMarked : card.selectFirst("a[href]");
    }

    /** The heading or title-marked text inside the card's title link, else the link's text. */
    private static String titleText(Element link) {
        Element heading = link.selectFirst(TITLE_MARKUP);
        String text = heading != null ? heading.text() : link.text();
        return text.isBlank() ? link.attr("title") : text;
    }

    private static RawPosting card(Element card) {
        Element link = titleLink(card);
        String titleText = titleText(link);
        FieldVotes company = new FieldVotes();
        FieldVotes location = new FieldVotes();
        Document one = Document.createShell("");
        one.body().appendChild(card.clone());
        MarkerVotes.read(one, new FieldVotes(), company, location);
        for (Element e : card.getAllElements()) {
            String own = e.ownText().strip();
            if (TextVotes.PLACE.matcher(own).matches() && PlaceCheck.canBePlace(own)) {
                location.add(own, 2);
            }
            if (!own.isEmpty() && PlaceCheck.canBePlace(own) && PLACE_CELL.matcher(e.className()).find()) {
                location.add(own, 3);
            }
        }
        String href = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
        return new RawPosting(JsonLdJobParser.SOURCE).url(href).title(FieldVotes.clean(titleText))
                .company(company.best(v -> !FieldVotes.key(v).equals(FieldVotes.key(titleText))).orElse(null))
                .location(location.best(v -> true).orElse(null));
    }
}
