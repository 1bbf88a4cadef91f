package dev.careeragent.jobs.dedupe;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Word shingles of a description as a sorted array of 64-bit hashes, and their exact Jaccard similarity.
 * Text is lower-cased and accent-folded, and only letters and digits count, so HTML-vs-text rendering,
 * bullets, quotes and spacing differences between boards do not matter.
 */
public final class Shingles {

    /** Words per shingle; 3 keeps short edits (a board's added header) from breaking many shingles. */
    public static final int WORDS = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Shingles() {
    }

    public static long[] of(String text) {
        if (text == null || text.isBlank()) {
            return new long[0];
        }
        long[] words = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ fold(c)) * FNV_PRIME;
                inWord = true;
            } else if (inWord && !isMark(c)) {
                if (n == words.length) {
                    words = Arrays.copyOf(words, n * 2);
                }
                words[n++] = h;
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (n == 0) {
            return new long[0];
        }
        int count = Math.max(1, n - WORDS + 1);
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long s = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(n, i + WORDS); j++) {
                s = mix(s ^ words[j]);
            }
            shingles[i] = s;
        }
        Arrays.sort(shingles);
        return dedupe(shingles);
    }

    /** Lower case without accents: "É" and "e" hash alike. */
    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        String base = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
        return base.charAt(0);
    }

    private static boolean isMark(char c) {
        return c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** |A ∩ B| / |A ∪ B| of two sorted, distinct arrays. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static long[] dedupe(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
