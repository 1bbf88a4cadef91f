package dev.careeragent.jobs.store;

/**
 * Where {@link PostingSearch} reads match scores when the user filters or sorts by them. Jobs does not know the
 * match feature's tables: match implements this (match.store) and the composition root hands it over.
 */
@FunctionalInterface
public interface ScoreRelation {

    /**
     * A table or view with the columns {@code posting_id}, {@code resume_version_id}, {@code score} (0 to 100) and
     * {@code excluded} (0 or 1), indexed on {@code (resume_version_id, excluded, score)} so best-first pages are read
     * from the index without sorting.
     */
    String relation();
}
