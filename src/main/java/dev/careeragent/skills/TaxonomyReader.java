package dev.careeragent.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the taxonomy file: one skill a line, tab-separated {@code name, category, aliases, related};
 * aliases and related names separated by {@code |}; an alias may start with a matching mark
 * ({@code =} exact case, {@code !} exact case and context, see {@link MatchRule}). Lines starting
 * with {@code #} and blank lines are ignored.
 */
final class TaxonomyReader {

    record Entry(int line, String name, String category, List<String> aliases, List<String> related) {
    }

    private TaxonomyReader() {
    }

    static List<Entry> read(Reader reader, String sourceName) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols.length > 4 || cols[0].isBlank() || cols[1].isBlank()) {
                throw problem(sourceName, number, "expected 'name<TAB>category<TAB>aliases<TAB>related', found: " + line);
            }
            entries.add(new Entry(number, cols[0].strip(), cols[1].strip(),
                    list(cols, 2), list(cols, 3)));
        }
        return entries;
    }

    static IllegalStateException problem(String sourceName, int line, String what) {
        return new IllegalStateException("The skills list " + sourceName + " is damaged at line " + line + ": " + what
                + ". Reinstall Career Agent or restore that file.");
    }

    private static List<String> list(String[] cols, int index) {
        if (cols.length <= index || cols[index].isBlank()) {
            return List.of();
        }
        return Arrays.stream(cols[index].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
