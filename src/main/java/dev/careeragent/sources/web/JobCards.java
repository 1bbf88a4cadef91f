package dev.careeragent.sources.web;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Job cards on an unknown board by structure: at least three sibling elements of the same tag and class, each with
 * one link whose text names an occupation. Each card's title is that link; company and location come from the
 * card's naming markup and place-like lines ({@link FieldVotes}).
 */
public final class JobCards {

    private static final int MIN_CARDS = 3;
    private final PostingNormalizer normalizer;

    public JobCards(PostingNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public List<JobPosting> read(Document doc, String baseUrl) {
        List<Element> best = List.of();
        long bestRoles = 0;
        Map<String, List<Element>> groups = new LinkedHashMap<>();
        for (Element e : doc.select("li, article, tr, div")) {
            if (e.parent() == null || e.selectFirst("a[href]") == null || e.text().length() > 600) {
                continue;
            }
            String key = System.identityHashCode(e.parent()) + "|" + e.tagName() + "|" + e.className();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        for (List<Element> group : groups.values()) {
            long roles = group.stream().filter(c -> TextVotes.namesRole(titleLink(c).text())).count();
            if (group.size() >= MIN_CARDS && roles * 2 >= group.size() && roles > bestRoles) {
                best = group;
                bestRoles = roles;
            }
        }
        List<JobPosting> out = new ArrayList<>();
        for (Element card : best) {
            out.add(normalizer.normalize(card(card), baseUrl));
        }
        return out;
    }

    private static Element titleLink(Element card) {
        for (Element a : card.select("a[href]")) {
            if (TextVotes.namesRole(a.text())) {
                return a;
            }
        }
        return card.selectFirst("a[href]");
    }

    private static RawPosting card(Element card) {
        Element link = titleLink(card);
        FieldVotes title = new FieldVotes();
        FieldVotes company = new FieldVotes();
        FieldVotes location = new FieldVotes();
        Document one = Document.createShell("");
        one.body().appendChild(card.clone());
        MarkerVotes.read(one, title, company, location);
        for (Element e : card.getAllElements()) {
            String own = e.ownText().strip();
            if (TextVotes.PLACE.matcher(own).matches()) {
                location.add(own, 2);
            }
        }
        String href = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
        return new RawPosting(JsonLdJobParser.SOURCE).url(href).title(FieldVotes.clean(link.text()))
                .company(company.best(v -> !FieldVotes.key(v).equals(FieldVotes.key(link.text()))).orElse(null))
                .location(location.best(v -> true).orElse(null));
    }
}
