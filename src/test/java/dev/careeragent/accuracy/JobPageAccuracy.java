package dev.careeragent.accuracy;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PageJobs;
import dev.careeragent.sources.catalog.JobPageParser;
import dev.careeragent.sources.SourceTesting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Scores {@link JobPageParser} on the hand-labelled real pages in {@code /realdata/jobs/labels.csv}, each
 * read as "Add job from page" reads it (a job page must not be taken for a listing), with no address (as a saved file): title, company and location per split (dev / holdout / holdout2 .. holdout7). A label may give
 * two equally right forms of a value separated by {@code |} (the legal and the everyday name of an employer); either counts.
 */
final class JobPageAccuracy {

    static final String DIR = "/realdata/jobs/";
    /** dev: rules written on them; holdout .. holdout5: set aside 1-5 (looked at since); holdout6: set aside 6; holdout7: set aside 7. */
    static final List<String> SPLITS = List.of("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7");

    record Label(String file, String site, String split, String title, String company, String location) {
    }

    record Outcome(Label label, JobPosting parsed, String error) {
        boolean title() {
            return parsed != null && anyForm(label.title(), form -> sameText(parsed.title(), form));
        }

        boolean company() {
            return parsed != null && anyForm(label.company(), form -> sameText(parsed.company(), form));
        }

        boolean location() {
            return parsed != null && anyForm(label.location(), form -> samePlace(parsed.location(), form));
        }
    }

    /** Field -> correct count, per split. */
    record Score(String split, int pages, int titles, int companies, int locations) {
        double rate(int n) {
            return pages == 0 ? 0 : (double) n / pages;
        }
    }

    private JobPageAccuracy() {
    }

    static List<Label> labels() {
        List<Label> labels = new ArrayList<>();
        List<List<String>> rows = Csv.read(resource(DIR + "labels.csv"));
        for (List<String> row : rows.subList(1, rows.size())) {
            labels.add(new Label(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5)));
        }
        return labels;
    }

    static List<Outcome> run(JobPageParser parser) {
        List<Outcome> out = new ArrayList<>();
        for (Label label : labels()) {
            try {
                PageJobs page = parser.read(resource(DIR + label.file()), null);
                out.add(page.listing() ? new Outcome(label, null, "read as a listing of " + page.postings().size() + " cards")
                        : new Outcome(label, page.postings().get(0), null));
            } catch (JobPageParseException e) {
                out.add(new Outcome(label, null, e.getMessage()));
            }
        }
        return out;
    }

    static Map<String, Score> score(List<Outcome> outcomes) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String split : SPLITS) {
            List<Outcome> part = outcomes.stream().filter(o -> o.label().split().equals(split)).toList();
            scores.put(split, new Score(split, part.size(), (int) part.stream().filter(Outcome::title).count(),
                    (int) part.stream().filter(Outcome::company).count(),
                    (int) part.stream().filter(Outcome::location).count()));
        }
        return scores;
    }

    static JobPageParser parser() {
        return new JobPageParser(SourceTesting.normalizer());
    }

    /** A label may list several right forms separated by {@code |}; any of them counts. */
    static boolean anyForm(String label, Predicate<String> right) {
        return Arrays.stream(label.split("\\|")).anyMatch(right);
    }

    /** Same text once case, punctuation and spacing are set aside. */
    static boolean sameText(String actual, String expected) {
        String a = norm(actual);
        String e = norm(expected);
        return !a.isEmpty() && a.equals(e);
    }

    /** The expected place's first part (the city, or the only name) is named in the parsed location. */
    static boolean samePlace(String actual, String expected) {
        Set<String> got = tokens(actual);
        String first = expected.split("[,/(·|]")[0];
        Set<String> want = tokens(first.isBlank() ? expected : first);
        want.removeIf(t -> t.chars().allMatch(Character::isDigit));
        return !want.isEmpty() && got.containsAll(want);
    }

    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Set<String> tokens(String s) {
        Set<String> out = new TreeSet<>();
        for (String t : norm(s).split(" ")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    static String resource(String name) {
        return SourceTesting.resource(name);
    }
}
