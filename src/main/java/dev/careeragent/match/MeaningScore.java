package dev.careeragent.match;

/**
 * The meaning component from cosine similarities between resume sections and posting vectors: how well
 * the posting's chunks are covered on average (each by its closest resume section), the single closest
 * pair, and the title against the resume. Raw cosines of this model sit between about 0.1 (unrelated)
 * and 0.7 (same job), so they are stretched onto 0-1.
 */
final class MeaningScore {

    static final double FLOOR = 0.15;
    static final double SPAN = 0.50;

    private MeaningScore() {
    }

    /** The raw blend of cosines (before stretching), or NaN when either side has no vectors. */
    static double raw(IndexedPosting p, ResumeFeatures r, VectorArena arena) {
        float[][] sections = r.sectionVectors();
        if (sections.length == 0) {
            return Double.NaN;
        }
        double coverage = 0;
        double best = -1;
        for (int chunk : p.chunkVectors()) {
            double closest = -1;
            for (float[] s : sections) {
                closest = Math.max(closest, arena.dot(chunk, s));
            }
            coverage += closest;
            best = Math.max(best, closest);
        }
        double title = -1;
        for (float[] s : sections) {
            title = Math.max(title, arena.dot(p.titleVector(), s));
        }
        if (p.chunkVectors().length == 0) {
            return title;
        }
        coverage /= p.chunkVectors().length;
        return 0.5 * coverage + 0.3 * best + 0.2 * title;
    }

    static double value(double raw) {
        return Double.isNaN(raw) ? Double.NaN : clamp((raw - FLOOR) / SPAN);
    }

    static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
