package dev.careeragent.accuracy;

import dev.careeragent.jobs.JobPosting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-card labels ({@code /realdata/jobs/card_items.csv}: every card's title, and its company and place where the
 * card shows them; a company or place may list right forms separated by {@code |}) and the score of the cards read from a page against them: a labelled card is found when a read
 * card has its title (each read card answers one label); its company and place are then compared where labelled.
 * Read cards that answer no label are counted as extra (a header row, a menu, a duplicate).
 */
final class CardItems {

    record Item(String file, String title, String company, String location) {
    }

    record Score(int labelled, int matched, int companies, int companiesRight, int places, int placesRight, int extra) {

        static final Score NONE = new Score(0, 0, 0, 0, 0, 0, 0);

        Score plus(Score o) {
            return new Score(labelled + o.labelled, matched + o.matched, companies + o.companies,
                    companiesRight + o.companiesRight, places + o.places, placesRight + o.placesRight, extra + o.extra);
        }
    }

    private CardItems() {
    }

    static Map<String, List<Item>> byFile() {
        Map<String, List<Item>> out = new LinkedHashMap<>();
        List<List<String>> rows = Csv.read(JobPageAccuracy.resource(JobPageAccuracy.DIR + "card_items.csv"));
        for (List<String> row : rows.subList(1, rows.size())) {
            out.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(new Item(row.get(0), row.get(2), row.get(3), row.get(4)));
        }
        return out;
    }

    /** Each labelled card with the read card that has its title (null when none does). */
    record Pair(Item item, JobPosting card) {
    }

    static List<Pair> pairs(List<Item> items, List<JobPosting> cards) {
        boolean[] used = new boolean[cards.size()];
        List<Pair> out = new ArrayList<>();
        for (Item item : items) {
            JobPosting found = null;
            for (int i = 0; i < cards.size() && found == null; i++) {
                if (!used[i] && JobPageAccuracy.sameText(cards.get(i).title(), item.title())) {
                    used[i] = true;
                    found = cards.get(i);
                }
            }
            out.add(new Pair(item, found));
        }
        return out;
    }

    static Score score(List<Item> items, List<JobPosting> cards) {
        Score total = Score.NONE;
        for (Pair p : pairs(items, cards)) {
            if (p.card() == null) {
                total = total.plus(new Score(1, 0, 0, 0, 0, 0, 0));
                continue;
            }
            boolean hasCompany = !p.item().company().isBlank();
            boolean hasPlace = !p.item().location().isBlank();
            total = total.plus(new Score(1, 1, hasCompany ? 1 : 0, hasCompany && companyRight(p) ? 1 : 0,
                    hasPlace ? 1 : 0, hasPlace && placeRight(p) ? 1 : 0, 0));
        }
        return new Score(total.labelled(), total.matched(), total.companies(), total.companiesRight(), total.places(),
                total.placesRight(), cards.size() - total.matched());
    }

    private static boolean companyRight(Pair p) {
        return JobPageAccuracy.anyForm(p.item().company(), form -> JobPageAccuracy.sameText(p.card().company(), form));
    }

    private static boolean placeRight(Pair p) {
        return JobPageAccuracy.anyForm(p.item().location(), form -> JobPageAccuracy.samePlace(p.card().location(), form));
    }

    /** The labelled cards a page's read cards missed, or got the company or place of wrong (for the report). */
    static List<String> misses(List<Item> items, List<JobPosting> cards) {
        List<String> out = new ArrayList<>();
        for (Pair p : pairs(items, cards)) {
            if (p.card() == null) {
                out.add("not found: " + p.item().title());
                continue;
            }
            if (!p.item().company().isBlank() && !companyRight(p)) {
                out.add(String.format(Locale.ROOT, "company: %s -> %s (want %s)", p.item().title(), p.card().company(),
                        p.item().company()));
            }
            if (!p.item().location().isBlank() && !placeRight(p)) {
                out.add(String.format(Locale.ROOT, "place: %s -> %s (want %s)", p.item().title(), p.card().location(),
                        p.item().location()));
            }
        }
        return out;
    }
}
