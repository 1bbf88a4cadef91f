package dev.careeragent.accuracy;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PageJobs;
import dev.careeragent.sources.catalog.JobPageParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the cards {@link JobPageParser#read} finds on the hand-labelled search and board pages of
 * {@code /realdata/jobs/cards.csv}, each read with no address: cards found (at most the labelled number) and the
 * first card's title, company and place where the card shows them; where every card is labelled
 * ({@link CardItems}), each card's title, company and place, and the extra cards read.
 */
final class JobCardAccuracy {

    /** dev: rules written on them; holdout2 to holdout7: set aside 2 to 7. */
    static final List<String> SPLITS = List.of("dev", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6",
            "holdout7");

    record Label(String file, String site, String split, int cards, String title, String company, String location) {
    }

    record Outcome(Label label, List<JobPosting> cards, String error) {
        int found() {
            return Math.min(cards.size(), label.cards());
        }

        boolean firstTitle() {
            return !cards.isEmpty() && JobPageAccuracy.sameText(cards.get(0).title(), label.title());
        }

        /** The first card's company and place where the label has them (a blank label is not scored). */
        boolean firstDetails() {
            if (cards.isEmpty()) {
                return false;
            }
            JobPosting first = cards.get(0);
            return (label.company().isBlank()
                    || JobPageAccuracy.anyForm(label.company(), form -> JobPageAccuracy.sameText(first.company(), form)))
                    && (label.location().isBlank()
                    || JobPageAccuracy.anyForm(label.location(), form -> JobPageAccuracy.samePlace(first.location(), form)));
        }

        String line() {
            return String.format(Locale.ROOT, "%-8s %-36s cards %d/%d first=%s | %s | %s%s", label.split(), label.file(),
                    cards.size(), label.cards(), cards.isEmpty() ? "-" : cards.get(0).title(),
                    cards.isEmpty() ? "-" : cards.get(0).company(), cards.isEmpty() ? "-" : cards.get(0).location(),
                    error == null ? "" : " | error=" + error);
        }
    }

    private JobCardAccuracy() {
    }

    static List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        List<List<String>> rows = Csv.read(JobPageAccuracy.resource(JobPageAccuracy.DIR + "cards.csv"));
        for (List<String> row : rows.subList(1, rows.size())) {
            labels.add(new Label(row.get(0), row.get(1), row.get(2), Integer.parseInt(row.get(3)), row.get(4),
                    row.get(5), row.get(6)));
        }
        return labels;
    }

    static List<Outcome> run(JobPageParser parser) {
        List<Outcome> out = new ArrayList<>();
        for (Label label : labels()) {
            try {
                PageJobs page = parser.read(JobPageAccuracy.resource(JobPageAccuracy.DIR + label.file()), null);
                out.add(new Outcome(label, page.listing() ? page.postings() : List.of(), null));
            } catch (JobPageParseException e) {
                out.add(new Outcome(label, List.of(), e.getMessage()));
            }
        }
        return out;
    }

    /** One row per split: cards found (of those labelled), first card's title, first card's company and place. */
    static String table(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder(
                "| split | pages | cards found | first card title | first card company and place |\n|---|---|---|---|---|\n");
        for (String split : SPLITS) {
            List<Outcome> part = split(outcomes, split);
            if (part.isEmpty()) {
                continue;
            }
            int expected = part.stream().mapToInt(o -> o.label().cards()).sum();
            int found = part.stream().mapToInt(Outcome::found).sum();
            long titles = part.stream().filter(Outcome::firstTitle).count();
            long details = part.stream().filter(Outcome::firstDetails).count();
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", split, part.size(),
                    AccuracyTable.pct(found, expected), AccuracyTable.pct((int) titles, part.size()),
                    AccuracyTable.pct((int) details, part.size())));
        }
        return out.toString();
    }

    /** One row per split with per-card labels: labelled cards found by title, their company and place, extra cards. */
    static String perCardTable(List<Outcome> outcomes) {
        Map<String, List<CardItems.Item>> items = CardItems.byFile();
        StringBuilder out = new StringBuilder("| split | pages | cards found by title | company of found cards"
                + " | place of found cards | extra cards read |\n|---|---|---|---|---|---|\n");
        for (String split : SPLITS) {
            List<Outcome> part = split(outcomes, split).stream().filter(o -> items.containsKey(o.label().file())).toList();
            if (part.isEmpty()) {
                continue;
            }
            CardItems.Score s = perCard(part);
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %d |%n", split, part.size(),
                    AccuracyTable.pct(s.matched(), s.labelled()), AccuracyTable.pct(s.companiesRight(), s.companies()),
                    AccuracyTable.pct(s.placesRight(), s.places()), s.extra()));
        }
        return out.toString();
    }

    /** The per-card score of the pages with per-card labels among the outcomes. */
    static CardItems.Score perCard(List<Outcome> outcomes) {
        Map<String, List<CardItems.Item>> items = CardItems.byFile();
        return outcomes.stream().filter(o -> items.containsKey(o.label().file()))
                .map(o -> CardItems.score(items.get(o.label().file()), o.cards()))
                .reduce(CardItems.Score.NONE, CardItems.Score::plus);
    }

    static List<Outcome> split(List<Outcome> outcomes, String split) {
        return outcomes.stream().filter(o -> o.label().split().equals(split)).toList();
    }

    static double cardRate(List<Outcome> outcomes) {
        int expected = outcomes.stream().mapToInt(o -> o.label().cards()).sum();
        return expected == 0 ? 0 : (double) outcomes.stream().mapToInt(Outcome::found).sum() / expected;
    }
}
