package dev.careeragent.match.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The human-judged resume x posting relevance grades (0-3) of src/test/resources/match/labels.tsv (see docs/match-labels.md). */
public record LabelledSet(List<Label> labels) {

    public record Label(String resume, String posting, int grade, String reason) {
    }

    public static LabelledSet load() {
        try (InputStream in = LabelledSet.class.getResourceAsStream("/match/labels.tsv")) {
            List<Label> labels = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                labels.add(new Label(f[0], f[1], Integer.parseInt(f[2]), f[3]));
            }
            return new LabelledSet(labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Set<String> resumes() {
        Set<String> out = new LinkedHashSet<>();
        labels.forEach(l -> out.add(l.resume()));
        return out;
    }

    public Set<String> postings() {
        Set<String> out = new LinkedHashSet<>();
        labels.forEach(l -> out.add(l.posting()));
        return out;
    }

    /** Grades of one resume by posting. */
    public Map<String, Integer> grades(String resume) {
        Map<String, Integer> out = new LinkedHashMap<>();
        labels.stream().filter(l -> l.resume().equals(resume)).forEach(l -> out.put(l.posting(), l.grade()));
        return out;
    }
}
