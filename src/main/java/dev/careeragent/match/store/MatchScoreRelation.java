package dev.careeragent.match.store;

import dev.careeragent.jobs.store.ScoreRelation;

/** The match scores as the job search joins them: the {@code match_score} table and its rank index (V4). */
public final class MatchScoreRelation implements ScoreRelation {

    @Override
    public String relation() {
        return "match_score";
    }
}
