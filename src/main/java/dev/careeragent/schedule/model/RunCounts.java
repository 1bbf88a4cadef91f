package dev.careeragent.schedule.model;

/** What a run found: postings seen, how many were new, how many were duplicates of stored ones. */
public record RunCounts(int found, int newCount, int duplicates) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0);

    public RunCounts {
        if (found < 0 || newCount < 0 || duplicates < 0) {
            throw new IllegalArgumentException("Run counts cannot be negative: " + found + "/" + newCount + "/" + duplicates);
        }
    }
}
