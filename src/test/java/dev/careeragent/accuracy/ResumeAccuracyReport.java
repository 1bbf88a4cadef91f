package dev.careeragent.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.Resume;

/**
 * Resume parser accuracy on real resumes it was not built on (src/test/resources/realdata/labels.csv), reported
 * separately for the development part and for each part set aside before a round of rules was written. Printed as Markdown for
 * docs/ACCURACY.md. Run: ./mvnw -o test -Dtest='*AccuracyReport*'
 */
class ResumeAccuracyReport {

    private static final String[] FIELDS = {"name", "email", "phone", "jobs (+-1)", "jobs (exact)", "first job title",
        "first job company"};

    /** The splits of labels.csv in report order: rules were written on "dev" only; each set-aside part was labelled
     * before a round of rule changes and not looked at while writing them. */
    private static final String[][] SPLITS = {{"dev", "development"}, {"setaside", "set aside"},
        {"setaside2", "set aside 2"}, {"holdout3", "holdout 3"}, {"holdout4", "set aside 4"}, {"holdout5", "set aside 5"},
        {"blind6", "blind 6"}, {"holdout6", "set aside 6"}, {"blind7", "blind 7"},
        {"holdout7", "set aside 7"}, {"holdout7d", "set aside 7 layouts"}, {"blind8", "blind 8"}};

    /** split -> field -> {correct, scored}. */
    private final Map<String, Map<String, int[]>> scores = new LinkedHashMap<>();

    @Test
    void printsPerFieldAccuracyForEachPart() {
        ResumeParser parser = new ResumeParser();
        StringBuilder misses = new StringBuilder();
        for (String[] row : RealData.csv("labels.csv")) {
            String file = row[0];
            String split = row[1];
            Resume r;
            try {
                r = parser.parse(RealData.bytes("resumes/" + file), file).resume();
            } catch (ResumeImportException refused) { // scored as wrong on every labelled field
                misses.append("- ").append(split).append(' ').append(file).append(" refused: ")
                        .append(refused.getMessage()).append('\n');
                r = new Resume(Contact.empty(), null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of());
            }
            ExperienceEntry first = r.experience().isEmpty() ? null : r.experience().get(0);
            int jobs = r.experience().size();
            score(split, "name", row[2], r.contact().name(), misses, file);
            score(split, "email", row[3], r.contact().email(), misses, file);
            score(split, "phone", digits(row[4]), digits(r.contact().phone()), misses, file);
            if (!row[5].isEmpty()) {
                int expected = Integer.parseInt(row[5]);
                tally(split, "jobs (+-1)", Math.abs(expected - jobs) <= 1, misses, file, row[5], String.valueOf(jobs));
                tally(split, "jobs (exact)", expected == jobs, new StringBuilder(), file, row[5], String.valueOf(jobs));
            }
            score(split, "first job title", row[6], first == null ? null : first.title(), misses, file);
            score(split, "first job company", row[7], first == null ? null : first.company(), misses, file);
        }
        System.out.println(table() + "\nMisses (development and set-aside):\n" + misses);

        // floors just under what the parser reaches: the first parts (rules were written on "dev") and, on its own,
        // the second set-aside part, labelled before the later round of rules and not looked at while writing them
        floors("first parts", total("dev", "setaside"), 0.99, 0.99, 0.99, 0.95, 0.95, 0.88);
        floors("set aside 2", total("setaside2"), 0.85, 0.95, 0.95, 0.93, 0.90, 0.88);
        // the third set-aside part, labelled before the session-6 round of rules and run only after it was gathered
        floors("holdout 3", total("holdout3"), 0.99, 0.99, 0.99, 0.93, 0.90, 0.90);
        // the fourth set-aside part: labelled and committed before this round's rules (first contact: name 59%,
        // phone 91%, jobs +-1 65%, first title 42%, first company 36%), then used to write them
        floors("set aside 4", total("holdout4"), 0.99, 0.99, 0.99, 0.76, 0.90, 0.64);
        // the fifth set-aside part: labelled and committed before the session-8 rules (first contact: name 63%, email
        // 95%, phone 100%, jobs +-1 79%, first title 69%, first company 57%), then used to write them
        floors("set aside 5", total("holdout5"), 0.94, 0.99, 0.99, 0.89, 0.99, 0.99);
        // the lead's blind part: kept out of the repository until the session-8 rules were merged, and read the same
        // before and after them (name 9/11, email 10/10, phone 8/8, jobs +-1 10/11, first title 4/6, first company 3/6);
        // the lead's rules written from it since (dot leaders, labelled name fields, total durations after headings,
        // Russian months) took it to name 10/11, jobs +-1 10/11, first title 5/6, first company 5/6
        floors("blind 6", total("blind6"), 0.90, 0.99, 0.99, 0.90, 0.83, 0.83);
        // the sixth set-aside part: labelled and committed before the session-9 rules (first contact: name 65%, email
        // 94%, phone 100%, jobs +-1 60%, first title 53%, first company 19%), then used to write them
        floors("set aside 6", total("holdout6"), 0.85, 0.99, 0.99, 0.75, 0.66, 0.68);
        // the lead's seventh part, blind again: kept out of the repository until the session-9 branches were merged,
        // and read the same before and after them (name 8/15, email 14/14, phone 13/13, jobs +-1 7/14, first title
        // 5/10, first company 2/11); the lead's rules written from it since (columns under a full-width summary, form
        // label columns, names over two lines, cover pages, heading typos, wrapped employer lines) took it to name 13/15,
        // jobs +-1 11/14, first title 9/10, first company 8/11
        floors("blind 7", total("blind7"), 0.86, 0.99, 0.99, 0.78, 0.89, 0.72);
        // the lead's blind 8 (17 resumes), on main after the session-10 branches and without the rules written from it:
        // name 15/17, phone 13/15, jobs +-1 14/17, first title 12/15, first company 9/14 (as before the branches)
        floors("blind 8", total("blind8"), 0.94, 0.99, 0.93, 0.94, 0.86, 0.92);
        // the seventh set-aside part, English resumes of many producers (LinkedIn, Canva, Google Docs, Word, CorelDRAW):
        // labelled and committed before the session-10 rules (first contact: name 19/21, email 21/21, phone 17/19, jobs
        // +-1 15/21, first title 11/17, first company 9/15), then used to write them
        floors("set aside 7", total("holdout7"), 0.95, 0.99, 0.99, 0.85, 0.76, 0.73);
        // the layouts part of set aside 7 (DOCX forms and tables, column and sidebar PDFs): labelled and committed before
        // the session-10 rules (first contact: name 14/21, email 17/19, phone 18/18, jobs +-1 11/21, first title 6/18,
        // first company 2/20), then used to write them
        floors("set aside 7 layouts", total("holdout7d"), 0.90, 0.94, 0.99, 0.61, 0.55, 0.34);
    }

    /** Fails when a field of {@code part} falls below its floor: name, email, phone, jobs +-1, first title, first company. */
    private static void floors(String part, Map<String, int[]> scores, double... floors) {
        String[] fields = {"name", "email", "phone", "jobs (+-1)", "first job title", "first job company"};
        for (int f = 0; f < fields.length; f++) {
            assertThat(rate(scores.get(fields[f]))).as(fields[f] + ", " + part).isGreaterThanOrEqualTo(floors[f]);
        }
    }

    private void score(String split, String field, String expected, String actual, StringBuilder misses, String file) {
        if (expected == null || expected.isEmpty()) {
            return;
        }
        tally(split, field, same(expected, actual), misses, file, expected, actual);
    }

    private void tally(String split, String field, boolean ok, StringBuilder misses, String file, String expected,
            String actual) {
        int[] s = scores.computeIfAbsent(split, k -> new LinkedHashMap<>()).computeIfAbsent(field, k -> new int[2]);
        s[1]++;
        if (ok) {
            s[0]++;
        } else {
            misses.append("- ").append(split).append(' ').append(file).append(' ').append(field).append(": expected '")
                    .append(expected).append("', got '").append(actual).append("'\n");
        }
    }

    /** Same text ignoring case, accents, punctuation and spacing. */
    static boolean same(String expected, String actual) {
        return actual != null && norm(expected).equals(norm(actual));
    }

    private static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return n.replaceAll("[^\\p{L}\\p{N}@.]+", " ").trim();
    }

    private static String digits(String s) {
        return s == null ? null : s.replaceAll("\\D", "");
    }

    /** The scores of the given splits added up; of every split when none is given. */
    private Map<String, int[]> total(String... splits) {
        Map<String, int[]> all = new LinkedHashMap<>();
        scores.forEach((split, fields) -> {
            if (splits.length == 0 || List.of(splits).contains(split)) {
                fields.forEach((f, s) -> {
                    int[] t = all.computeIfAbsent(f, k -> new int[2]);
                    t[0] += s[0];
                    t[1] += s[1];
                });
            }
        });
        return all;
    }

    private String table() {
        Map<String, int[]> all = total();
        StringBuilder t = new StringBuilder("| field |");
        for (String[] split : SPLITS) {
            t.append(' ').append(split[1]).append(" |");
        }
        t.append(" all |\n|---|").append("---|".repeat(SPLITS.length + 1)).append('\n');
        for (String f : FIELDS) {
            t.append("| ").append(f).append(" | ");
            for (String[] split : SPLITS) {
                t.append(cell(scores.getOrDefault(split[0], Map.of()).get(f))).append(" | ");
            }
            t.append(cell(all.get(f))).append(" |\n");
        }
        return t.toString();
    }

    private static String cell(int[] s) {
        return s == null ? "-" : String.format(Locale.ROOT, "%d/%d (%.0f%%)", s[0], s[1], 100 * rate(s));
    }

    private static double rate(int[] s) {
        return s == null || s[1] == 0 ? 1 : (double) s[0] / s[1];
    }
}
