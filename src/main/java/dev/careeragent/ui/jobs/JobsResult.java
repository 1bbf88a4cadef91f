package dev.careeragent.ui.jobs;

import dev.careeragent.jobs.search.JobQuery;
import dev.careeragent.jobs.search.PostingRow;
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
        boolean storeEmpty, boolean scored, List<String> skillGaps, boolean complete) {

    static final int GAP_MATCHES = 50;

    /** Sorting or filtering by score needs every matching row's score, so then all rows load at once. */
    static JobsResult load(JobServices jobs, JobQuery query, boolean byScore, int minScore, int page)
            throws SQLException {
        boolean scored = jobs.matching().hasResume();
        boolean allAtOnce = scored && (byScore || minScore > 0);
        List<PostingRow> loaded = jobs.search().page(query, 0, allAtOnce ? Integer.MAX_VALUE : page);
        Map<Long, MatchResult> scores = ScoredRows.lookUp(jobs.matching(), loaded);
        List<PostingRow> shown = allAtOnce
                ? ScoredRows.filterAndSort(loaded, scores, minScore, byScore, query.ascending()) : loaded;
        List<String> gaps = scored
                ? jobs.matching().skillGaps(GAP_MATCHES).stream().map(SkillGap::describe).toList() : List.of();
        return new JobsResult(allAtOnce ? shown.size() : jobs.search().count(query), shown, scores, jobs.search().sources(),
                jobs.postings().countActive() == 0, scored, gaps, allAtOnce);
    }

    /** The next page in database order, with its scores. */
    static JobsResult more(JobServices jobs, JobQuery query, int offset, int page) throws SQLException {
        List<PostingRow> more = jobs.search().page(query, offset, page);
        return new JobsResult(0, more, ScoredRows.lookUp(jobs.matching(), more), List.of(), false, true, List.of(),
                false);
    }
}
