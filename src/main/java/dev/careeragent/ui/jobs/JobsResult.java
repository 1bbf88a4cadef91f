package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.search.JobQuery;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.jobs.search.PostingSearch;
import dev.careeragent.match.MatchResult;
import dev.careeragent.match.SkillGap;
import dev.careeragent.ui.UiServices.JobServices;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * One background load of the Jobs table: rows with their match scores, the total, the sources to filter by and
 * the skill gaps of the best matches. Runs off the FX thread.
 */
record JobsResult(int total, List<PostingRow> rows, Map<Long, MatchResult> scores, List<String> sources,
        boolean storeEmpty, boolean scored, List<String> skillGaps) {

    static final int GAP_MATCHES = 50;

    /** The first page; sorting or filtering by score is done in SQL over the stored scores, page by page. */
    static JobsResult load(JobServices jobs, JobQuery query, boolean byScore, int minScore, int page)
            throws SQLException {
        boolean scored = jobs.matching().hasResume();
        PostingSearch.ResultPage first = jobs.search().search(query, scores(jobs, byScore, minScore), 0, page);
        List<String> gaps = scored
                ? jobs.matching().skillGaps(GAP_MATCHES).stream().map(SkillGap::describe).toList() : List.of();
        return new JobsResult(first.total(), first.rows(), ScoredRows.lookUp(jobs.matching(), first.rows()),
                jobs.search().sources(), jobs.postings().countActive() == 0, scored, gaps);
    }

    /** The next page in the same order, with its scores. */
    static JobsResult more(JobServices jobs, JobQuery query, boolean byScore, int minScore, int offset, int page)
            throws SQLException {
        List<PostingRow> more = jobs.search().page(query, scores(jobs, byScore, minScore), offset, page);
        return new JobsResult(0, more, ScoredRows.lookUp(jobs.matching(), more), List.of(), false, true, List.of());
    }

    private static PostingSearch.MatchScores scores(JobServices jobs, boolean byScore, int minScore) {
        return jobs.matching().resumeVersionId().filter(id -> byScore || minScore > 0)
                .map(id -> new PostingSearch.MatchScores(id, minScore, byScore)).orElse(null);
    }
}
