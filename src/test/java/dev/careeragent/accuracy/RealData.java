package dev.careeragent.accuracy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.careeragent.resume.ParsedResume;
import dev.careeragent.resume.ResumeParser;

/** The hand-labelled real resumes and rankings under src/test/resources/realdata (see its PROVENANCE files). */
final class RealData {

    static final String ROOT = "/realdata/";

    private RealData() {
    }

    /** Rows of a CSV file without quoting (the label files use none), header dropped; empty cells become "". */
    static List<String[]> csv(String name) {
        List<String[]> rows = new ArrayList<>();
        String[] lines = new String(bytes(name), StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                rows.add(lines[i].split(",", -1));
            }
        }
        return rows;
    }

    static ParsedResume parse(ResumeParser parser, String file) {
        try {
            return parser.parse(bytes("resumes/" + file), file);
        } catch (Exception e) {
            throw new IllegalStateException("Could not parse " + file, e);
        }
    }

    static byte[] bytes(String name) {
        try (InputStream in = RealData.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
