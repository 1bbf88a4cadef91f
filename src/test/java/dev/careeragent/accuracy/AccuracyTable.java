package dev.careeragent.accuracy;

import dev.careeragent.accuracy.JobPageAccuracy.Score;
import java.util.Locale;
import java.util.Map;

/** Markdown tables of the accuracy reports, pasted into docs/ACCURACY.md. */
final class AccuracyTable {

    private AccuracyTable() {
    }

    static String jobPages(Map<String, Score> scores) {
        StringBuilder out = new StringBuilder("| split | pages | title | company | location |\n|---|---|---|---|---|\n");
        for (Score s : scores.values()) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", s.split(), s.pages(),
                    pct(s.titles(), s.pages()), pct(s.companies(), s.pages()), pct(s.locations(), s.pages())));
        }
        return out.toString();
    }

    static String pct(int n, int of) {
        return String.format(Locale.ROOT, "%d/%d (%.0f%%)", n, of, of == 0 ? 0.0 : 100.0 * n / of);
    }
}
