package dev.careeragent.jobs.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive index over shingle sets (MinHash, 16 bands of 4 rows): finds the few earlier
 * descriptions worth an exact Jaccard check, so adding the 10,000th posting does not compare it with all others.
 * Pairs at Jaccard 0.5 become candidates with probability 0.64, at 0.7 with 0.998.
 */
final class MinHashIndex {

    private static final int BANDS = 16;
    private static final int ROWS = 4;
    // Hash i of a shingle is a*s + b (mod 2^64) with odd a: cheap, and the shingles are already well mixed.
    private static final long[] MULTIPLIERS = new long[BANDS * ROWS];
    private static final long[] ADDENDS = new long[BANDS * ROWS];

    static {
        for (int i = 0; i < MULTIPLIERS.length; i++) {
            MULTIPLIERS[i] = Shingles.mix(0x5DEECE66DL + i * 0x9E3779B97F4A7C15L) | 1;
            ADDENDS[i] = Shingles.mix(0xB5AD4ECEDA1CE2A9L + i);
        }
    }

    private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();

    MinHashIndex() {
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    /** Ids of earlier entries sharing at least one band with these shingles. */
    Set<Integer> candidates(long[] shingles) {
        Set<Integer> found = new LinkedHashSet<>();
        if (shingles.length == 0) {
            return found;
        }
        long[] keys = bandKeys(shingles);
        for (int b = 0; b < BANDS; b++) {
            List<Integer> ids = bands.get(b).get(keys[b]);
            if (ids != null) {
                found.addAll(ids);
            }
        }
        return found;
    }

    void add(int id, long[] shingles) {
        if (shingles.length == 0) {
            return;
        }
        long[] keys = bandKeys(shingles);
        for (int b = 0; b < BANDS; b++) {
            bands.get(b).computeIfAbsent(keys[b], k -> new ArrayList<>(1)).add(id);
        }
    }

    private static long[] bandKeys(long[] shingles) {
        long[] mins = new long[MULTIPLIERS.length];
        java.util.Arrays.fill(mins, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < mins.length; i++) {
                long h = s * MULTIPLIERS[i] + ADDENDS[i];
                if (h < mins[i]) {
                    mins[i] = h;
                }
            }
        }
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long k = b;
            for (int r = 0; r < ROWS; r++) {
                k = Shingles.mix(k ^ mins[b * ROWS + r]);
            }
            keys[b] = k;
        }
        return keys;
    }
}
