package dev.careeragent.tailor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A word-level diff of two short texts (a bullet before and after), for showing what a suggestion changes. */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s*\\S+");

    /** A run of words that is in both texts, only in the old one, or only in the new one. */
    public record Segment(Change change, String text) {
    }

    /** How a segment differs. */
    public enum Change { SAME, REMOVED, ADDED }

    private WordDiff() {
    }

    public static List<Segment> of(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Segment> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && same(a.get(i), b.get(j))) {
                add(out, Change.SAME, b.get(j));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, Change.ADDED, b.get(j++));
            } else {
                add(out, Change.REMOVED, a.get(i++));
            }
        }
        return out;
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static void add(List<Segment> out, Change change, String token) {
        if (!out.isEmpty() && out.get(out.size() - 1).change() == change) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(change, last.text() + token));
        } else {
            out.add(new Segment(change, token));
        }
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
