package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.search.JobQuery;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.jobs.store.PostingSearch;
import dev.careeragent.match.MatchResult;
import dev.careeragent.match.SkillGap;
import dev.careeragent.ui.UiServices.JobServices;
import java.util.List;
import java.util.Map;

/**
 * One background load of the Jobs table: a page of rows with their match scores and the (capped) total, and, when
 * asked for, the {@link StoreSummary}. Runs off the FX thread.
 */
record JobsResult(int total, List<PostingRow> rows, Map<Long, MatchResult> scores, StoreSummary summary) {

    static final int GAP_MATCHES = 50;

    /**
     * What does not depend on the query: the sources to filter by, whether anything is stored, whether a resume is
     * scored against and the skill gaps of the best matches. Typing reloads only the rows, so this may be null.
     */
    record StoreSummary(List<String> sources, boolean storeEmpty, boolean scored, List<String> skillGaps) {

        static StoreSummary load(JobServices jobs) {
            boolean scored = jobs.matching().hasResume();
            List<String> gaps = scored
                    ? jobs.matching().skillGaps(GAP_MATCHES).stream().map(SkillGap::describe).toList() : List.of();
            return new StoreSummary(jobs.search().sources(), jobs.postings().countActive() == 0, scored, gaps);
        }
    }

    /** The first page; sorting or filtering by score is done in SQL over the stored scores, page by page. */
    static JobsResult load(JobServices jobs, JobQuery query, boolean byScore, int minScore, int page,
            boolean withSummary) {
        PostingSearch.ResultPage first = jobs.search().search(query, scores(jobs, byScore, minScore), 0, page);
        return new JobsResult(first.total(), first.rows(), ScoredRows.lookUp(jobs.matching(), first.rows()),
                withSummary ? StoreSummary.load(jobs) : null);
    }

    /** The next page in the same order, with its scores. */
    static JobsResult more(JobServices jobs, JobQuery query, boolean byScore, int minScore, int offset, int page) {
        List<PostingRow> more = jobs.search().page(query, scores(jobs, byScore, minScore), offset, page);
        return new JobsResult(0, more, ScoredRows.lookUp(jobs.matching(), more), null);
    }

    private static PostingSearch.MatchScores scores(JobServices jobs, boolean byScore, int minScore) {
        return jobs.matching().resumeVersionId().filter(id -> byScore || minScore > 0)
                .map(id -> new PostingSearch.MatchScores(id, minScore, byScore)).orElse(null);
    }
}
