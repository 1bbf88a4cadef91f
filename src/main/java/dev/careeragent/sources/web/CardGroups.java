package dev.careeragent.sources.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The repeated job cards of a page by structure: elements of one kind (same tag, class minus varying words and
 * parent's kind, so rows of several tables count together) or of one parent (same tag under one list or table, so
 * rows with alternating classes count together), each holding a link, most of them job-like. Of the chosen list,
 * the members whose title link leads somewhere no other two cards lead (a header row's sort link, a pager, a feed)
 * or nowhere are dropped.
 */
final class CardGroups {

    private static final int MIN_CARDS = 3;
    private static final int MAX_CARD_TEXT = 600;
    /** A card that is one link holds one job however long its lines (every country a remote role is open in). */
    private static final int MAX_LINK_CARD_TEXT = 2000;
    /** Class words that differ between cards of one list ("odd"/"even", "first", "is-active", numbered). */
    private static final Pattern VARYING_CLASS = Pattern.compile(
            "\\b(?:odd|even|alt|alternate|first|last|active|is-active|selected|current|hidden|new|featured|[\\w-]*\\d+[\\w-]*)\\b");
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
    /** What a job card shows beside its title: a date, a deadline, an employment type, "is hiring" (and {@link CardHints}). */
    private static final Pattern JOB_HINT = Pattern.compile("(?i)\\b(?:deadline|closing|closes|apply by|last day to apply"
            + "|application date|posted|published|hiring|full[- ]?time|part[- ]?time|fixed[- ]term|permanent|temporary"
            + "|contract|internship|salary|vacancy|employment)\\b"
            + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[./]\\s?(?:\\d{1,2}|[A-Za-z]{3})[./]\\s?\\d{2,4}\\b"
            + "|\\b" + MONTH + " \\d{1,2},? \\d{4}\\b|\\b\\d{1,2}\\.? " + MONTH + " \\d{4}\\b"
            + "|채용|모집|마감|경력|신입|연봉"); // Korean: hiring, recruiting, deadline, experience, new graduate, pay

    private static final Evaluator CANDIDATE = QueryParser.parse("li, article, section, tr, div, a[href]");
    private static final Evaluator BLOCK = QueryParser.parse("div, p, h1, h2, h3, h4, h5, h6");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator PAGE_FURNITURE = QueryParser.parse("nav, header, footer, select");
    private static final Evaluator JOB_TITLE_MARKUP =
            QueryParser.parse("[class*=job-title], [class*=jobtitle], [class*=jobTitle], [class*=job_title]");
    private static final Pattern SCRIPT = Pattern.compile("(?i)\\.(?:cfm|jsp|aspx?|php|html?|cgi|pl|do)$");

    private CardGroups() {
    }

    /**
     * The page's job list, or an empty list when no repeated job-like structure is found. An element is a candidate
     * in several groups (its kind and its parent's), so whether it names a role and looks like a job is asked once.
     */
    static List<Element> best(Document doc, CardTitle titles) {
        Map<Element, String> texts = new IdentityHashMap<>();
        Map<Element, Boolean> namesRole = new IdentityHashMap<>();
        Map<Element, Boolean> jobLike = new IdentityHashMap<>();
        Predicate<Element> role = card -> namesRole.computeIfAbsent(card, c -> titleNamesRole(c, titles));
        Predicate<Element> job = card -> jobLike.computeIfAbsent(card,
                c -> role.test(c) || jobHint(c, texts.get(c), titles.of(c)));
        List<Element> best = List.of();
        long bestScore = 0;
        for (List<Element> group : groups(doc, texts)) {
            long jobs = group.stream().filter(job).count();
            // A title naming an occupation counts twice: a filter's options ("at least £20,000") show pay, not jobs.
            long score = jobs + group.stream().filter(role).count();
            boolean better = score > bestScore || score == bestScore && score > 0 && group.size() < best.size();
            if (group.size() >= MIN_CARDS && jobs * 2 >= group.size() && better && distinctTitles(group, titles)) {
                best = group;
                bestScore = score;
            }
        }
        return CardExtent.widen(sameTarget(best, titles));
    }

    private static List<List<Element>> groups(Document doc, Map<Element, String> texts) {
        Map<String, List<Element>> byKind = new LinkedHashMap<>();
        Map<Element, List<Element>> byParent = new LinkedHashMap<>();
        for (Element e : doc.select(CANDIDATE)) {
            if (e.parent() == null || e.selectFirst(LINK) == null || e.closest(PAGE_FURNITURE) != null
                    || e.tagName().equals("a") && !wholeCard(e)) {
                continue;
            }
            String text = textUpTo(e, e.tagName().equals("a") ? MAX_LINK_CARD_TEXT : MAX_CARD_TEXT);
            if (text == null) {
                continue;
            }
            texts.put(e, text);
            Element parent = e.parent();
            byKind.computeIfAbsent(e.tagName() + "|" + kind(e) + "|" + parent.tagName() + "|" + kind(parent),
                    k -> new ArrayList<>()).add(e);
            byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(e);
        }
        List<List<Element>> out = new ArrayList<>(byKind.values());
        for (List<Element> siblings : byParent.values()) {
            Map<String, List<Element>> byTag = new LinkedHashMap<>();
            siblings.forEach(e -> byTag.computeIfAbsent(e.tagName(), k -> new ArrayList<>()).add(e));
            out.addAll(byTag.values());
        }
        return out;
    }

    /**
     * A link that is a whole card, not a line of one: it wraps two blocks of text or more (a heading over a details
     * line), where a title link wraps its heading alone.
     */
    private static boolean wholeCard(Element link) {
        int blocks = 0;
        for (Element b : link.select(BLOCK)) {
            if (!b.text().isBlank() && b.select(BLOCK).size() == 1 && ++blocks == 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element's text, or null when it is longer than {@code max}. Its text keeps every character of its text
     * nodes but collapsed whitespace and invisible characters, so when those alone are more than {@code max} the text
     * is not built (a page section around the list would otherwise become one long string per enclosing element).
     */
    static String textUpTo(Element e, int max) {
        int[] kept = {0};
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof TextNode text) {
                String raw = text.getWholeText();
                for (int i = 0; i < raw.length(); i++) {
                    char c = raw.charAt(i);
                    if (!StringUtil.isActuallyWhitespace(c) && !StringUtil.isInvisibleChar(c)) {
                        kept[0]++;
                    }
                }
            }
            return kept[0] > max ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
        }, e);
        if (kept[0] > max) {
            return null;
        }
        String text = e.text();
        return text.length() > max ? null : text;
    }

    private static String kind(Element e) {
        return VARYING_CLASS.matcher(e.className()).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /**
     * Cards of one list name different jobs: a menu repeats the same few links, while a job list rarely repeats a
     * title, and where it does (one role open in several countries, "2026 campus hiring" under a table's job-title
     * column) each of those cards leads to a posting of its own.
     */
    private static boolean distinctTitles(List<Element> group, CardTitle titles) {
        Set<String> keys = new HashSet<>();
        for (Element card : group) {
            String title = titles.of(card);
            boolean aJob = TextVotes.namesRole(title) || TableColumns.titleCell(card) != null;
            keys.add(FieldVotes.key(title) + (aJob ? " " + titles.link(card).attr("href") : ""));
        }
        return keys.size() * 3 >= group.size() * 2;
    }

    /**
     * What a job card shows (a date, "full-time", "is hiring"), or beside its title (pay, "il y a 3 jours", "CDI": a
     * row whose only link says "5 hours ago" is a line under a job, not one), or job-title markup.
     */
    private static boolean jobHint(Element card, String text, String title) {
        return JOB_HINT.matcher(text).find() || CardHints.jobLike(title.isEmpty() ? text : text.replace(title, ""))
                || card.selectFirst(JOB_TITLE_MARKUP) != null;
    }

    private static boolean titleNamesRole(Element card, CardTitle titles) {
        return TextVotes.namesRole(titles.of(card).replaceFirst("[.\\s]+$", ""));
    }

    /** When most cards share a link target (host, folder, query names), keeps those that share theirs with others. */
    private static List<Element> sameTarget(List<Element> cards, CardTitle titles) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> shapes = new ArrayList<>();
        for (Element card : cards) {
            String shape = target(titles.link(card).attr("href"));
            shapes.add(shape);
            counts.merge(shape, 1, Integer::sum);
        }
        String usual = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        if (counts.getOrDefault(usual, 0) * 2 <= cards.size()) {
            return cards;
        }
        List<Element> kept = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            String shape = shapes.get(i);
            // a card whose title names a role stays, wherever it leads ("/internship/..." among "/jobs/...")
            if (shape.equals(usual) || !shape.isEmpty() && counts.get(shape) >= MIN_CARDS
                    || !shape.isEmpty() && TextVotes.namesRole(titles.of(cards.get(i)))) {
                kept.add(cards.get(i));
            }
        }
        return kept;
    }

    /** A link's shape: host, folder and script name (numbers set aside) and the names of its query parameters. */
    static String target(String href) {
        if (href == null || href.isBlank() || href.startsWith("javascript:")) {
            return "";
        }
        try {
            URI uri = new URI(href.strip().replace(" ", "%20").replace("|", "%7C"));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String last = path.substring(path.lastIndexOf('/') + 1);
            String folder = path.substring(0, path.lastIndexOf('/') + 1)
                    + (SCRIPT.matcher(last).find() ? last : ""); // a script's name ("Job_List.cfm"), not a slug
            Set<String> names = new TreeSet<>();
            if (uri.getRawQuery() != null) {
                for (String pair : uri.getRawQuery().split("&")) {
                    names.add(pair.contains("=") ? pair.split("=", 2)[0].toLowerCase(Locale.ROOT) : "*");
                }
            }
            folder = folder.replaceAll("\\d+", "#");
            String host = uri.getHost() == null ? "" : uri.getHost();
            return host + folder + names + (href.startsWith("#") ? "#" : "");
        } catch (java.net.URISyntaxException e) {
            return href;
        }
    }
}
