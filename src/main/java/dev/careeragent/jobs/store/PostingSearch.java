package dev.careeragent.jobs.store;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.JobStoreException;
import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import dev.careeragent.jobs.search.FtsQuery;
import dev.careeragent.jobs.search.JobQuery;
import dev.careeragent.jobs.search.JobQuery.Sort;
import dev.careeragent.jobs.search.PostingRow;
import dev.careeragent.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@link JobQuery}s against the stored postings: full-text over the FTS5 index (title, company, location,
 * description), filters and sort in SQL, one page at a time so a virtualised table only loads what it shows.
 * Counts stop at {@link #COUNT_CAP} + 1 ("1,000+ jobs"). Relevance order ranks by BM25 (title weighted highest)
 * when the text matches at most {@link #COUNT_CAP} jobs; a broader text (the first letters typed) lists its
 * matches newest first, which needs no scoring of every match and stays fast at 100,000 postings.
 */
public final class PostingSearch {

    public static final int COUNT_CAP = 1000;

    private static final String YEARLY_SALARY = "(COALESCE(p.salary_max, p.salary_min) * CASE p.salary_period"
            + " WHEN 'HOUR' THEN 2080 WHEN 'DAY' THEN 260 WHEN 'WEEK' THEN 52 WHEN 'MONTH' THEN 12 ELSE 1 END)";
    private static final String POSTED = "COALESCE(p.posted_date, substr(p.first_seen, 1, 10))";
    private static final String COLUMNS = "p.id, p.title, p.company, p.location,"
            + " (SELECT group_concat(source, ',') FROM (SELECT DISTINCT l.source FROM job_posting_link l"
            + " WHERE l.posting_id = p.id ORDER BY l.first_seen, l.id)),"
            + " p.posted_date, p.first_seen, p.salary_min, p.salary_max, p.salary_currency, p.salary_period,"
            + " p.salary_text, p.remote, p.saved, p.hidden, p.archived, p.source";

    private final Database database;
    private final String scoreTable;

    /** @param scores where match scores are read from (the match feature's relation) */
    public PostingSearch(Database database, ScoreRelation scores) {
        this.database = database;
        this.scoreTable = scores.relation();
    }

    /**
     * Match scores against one resume version, as the {@link ScoreRelation} holds them: {@code minScore} (0 = none) keeps
     * postings whose rounded score reaches it; {@code order} ranks scored postings first (best first unless the query
     * is ascending), then excluded ones, then unscored ones, each group in the query's own order.
     */
    public record MatchScores(long resumeVersionId, int minScore, boolean order) {
    }

    /** How many jobs match, counted up to {@link #COUNT_CAP} + 1 (more reads as "1,000+"). */
    public int count(JobQuery query) {
        try (Connection connection = database.connection()) {
            return count(connection, query, null);
        } catch (SQLException e) {
            throw new JobStoreException("count the matching jobs", e);
        }
    }

    private int count(Connection connection, JobQuery query, MatchScores scores) throws SQLException {
        Sql sql = from(query, scores);
        sql.params.add(COUNT_CAP + 1);
        try (PreparedStatement st = sql.prepare(connection, "SELECT count(*) FROM (SELECT 1 " + sql.text + " LIMIT ?)");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** One screenful: the (capped) count and rows {@code offset} to {@code offset + limit - 1}, on one connection. */
    public ResultPage search(JobQuery query, int offset, int limit) {
        return search(query, null, offset, limit);
    }

    /** {@link #search(JobQuery, int, int)} filtered and/or ordered by match scores ({@code scores} may be null). */
    public ResultPage search(JobQuery query, MatchScores scores, int offset, int limit) {
        try (Connection connection = database.connection()) {
            int total = count(connection, query, scores);
            return new ResultPage(total, page(connection, query, scores, total, offset, limit));
        } catch (SQLException e) {
            throw new JobStoreException("search the jobs", e);
        }
    }

    /** Rows {@code offset} to {@code offset + limit - 1} in the query's order. */
    public List<PostingRow> page(JobQuery query, int offset, int limit) {
        return page(query, null, offset, limit);
    }

    /** {@link #page(JobQuery, int, int)} filtered and/or ordered by match scores ({@code scores} may be null). */
    public List<PostingRow> page(JobQuery query, MatchScores scores, int offset, int limit) {
        try (Connection connection = database.connection()) {
            return page(connection, query, scores, -1, offset, limit);
        } catch (SQLException e) {
            throw new JobStoreException("load the next jobs", e);
        }
    }

    /** @param total the capped count when known, else -1 (counted here if relevance ranking needs it) */
    private List<PostingRow> page(Connection connection, JobQuery query, MatchScores scores, int total,
            int offset, int limit) throws SQLException {
        Sql sql = from(query, scores);
        boolean byScore = scores != null && scores.order();
        if (!sql.fullText && !byScore) {
            sql.text.append(" ORDER BY ").append(order(query, false, false));
            return rows(connection, sql, offset, limit);
        }
        boolean few = (total >= 0 ? total : count(connection, query, scores)) <= COUNT_CAP;
        if (byScore && !few) {
            return byScore(connection, query, scores, offset, limit);
        }
        sql.text.append(" ORDER BY ");
        if (byScore) { // sorting at most COUNT_CAP matches is cheap
            sql.text.append("CASE WHEN s.score IS NULL THEN 2 WHEN s.excluded = 1 THEN 1 ELSE 0 END, s.score")
                    .append(query.ascending() ? " ASC, " : " DESC, ");
        }
        sql.text.append(order(query, sql.fullText && query.sort() == Sort.RELEVANCE && few, sql.fullText));
        return rows(connection, sql, offset, limit);
    }

    /**
     * Best match first (worst first when ascending) for a broad query (more than {@link #COUNT_CAP} matches), a page
     * at a time: scored jobs are read in score order from the score relation's index, so no match needs sorting;
     * after them come the excluded ones, then the unscored.
     */
    private List<PostingRow> byScore(Connection connection, JobQuery query, MatchScores scores, int offset,
            int limit) throws SQLException {
        String direction = query.ascending() ? " ASC" : " DESC";
        Sql best = scored(query, scores);
        best.text.append(" ORDER BY s.score").append(direction).append(", p.id DESC");
        List<PostingRow> rows = rows(connection, best, offset, limit);
        if (rows.size() == limit || scores.minScore() > 0) {
            return rows;
        }
        Sql scoredCount = scored(query, scores);
        int scored;
        try (PreparedStatement st = scoredCount.prepare(connection, "SELECT count(*) " + scoredCount.text);
             ResultSet rs = st.executeQuery()) {
            scored = rs.next() ? rs.getInt(1) : 0;
        }
        Sql rest = from(query, scores);
        rest.text.append(" AND (s.score IS NULL OR s.excluded = 1) ORDER BY s.score IS NULL, s.score").append(direction)
                .append(", ").append(order(query, false, rest.fullText));
        rows.addAll(rows(connection, rest, Math.max(0, offset - scored), limit - rows.size()));
        return rows;
    }

    /** Scored, not excluded jobs matching the query, driven by the score index. */
    private Sql scored(JobQuery query, MatchScores scores) {
        Sql sql = new Sql();
        sql.text.append("FROM " + scoreTable + " s JOIN job_posting p ON p.id = s.posting_id"
                + " WHERE s.resume_version_id = ? AND s.excluded = 0");
        sql.params.add(scores.resumeVersionId());
        FtsQuery.of(query.text()).ifPresent(match -> {
            sql.text.append(" AND p.id IN (SELECT rowid FROM job_posting_fts WHERE job_posting_fts MATCH ?)");
            sql.params.add(match);
        });
        minScore(sql, scores);
        filters(query, sql);
        return sql;
    }

    private static List<PostingRow> rows(Connection connection, Sql sql, int offset, int limit) throws SQLException {
        sql.text.append(" LIMIT ? OFFSET ?");
        sql.params.add(limit);
        sql.params.add(offset);
        List<PostingRow> rows = new ArrayList<>(Math.min(limit, 1024));
        try (PreparedStatement st = sql.prepare(connection, "SELECT " + COLUMNS + " " + sql.text);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        }
        return rows;
    }

    /** A count (capped at {@link #COUNT_CAP} + 1) and the rows of one page. */
    public record ResultPage(int total, List<PostingRow> rows) {
        public ResultPage {
            rows = List.copyOf(rows);
        }
    }

    /** Every source that listed a stored posting, for the source filter. */
    public List<String> sources() {
        List<String> sources = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement st = connection.prepareStatement(
                     "SELECT DISTINCT source FROM job_posting_link ORDER BY source");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                sources.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new JobStoreException("list the job sources", e);
        }
        return sources;
    }

    private Sql from(JobQuery query, MatchScores scores) {
        Sql sql = new Sql();
        Optional<String> match = FtsQuery.of(query.text());
        sql.fullText = match.isPresent();
        sql.text.append(sql.fullText ? "FROM job_posting_fts f JOIN job_posting p ON p.id = f.rowid" : "FROM job_posting p");
        if (scores != null) {
            sql.text.append(" LEFT JOIN " + scoreTable + " s ON s.posting_id = p.id AND s.resume_version_id = ?");
            sql.params.add(scores.resumeVersionId());
        }
        if (sql.fullText) {
            sql.text.append(" WHERE job_posting_fts MATCH ?");
            sql.params.add(match.get());
        } else {
            sql.text.append(" WHERE 1 = 1");
        }
        if (scores != null) {
            minScore(sql, scores);
        }
        filters(query, sql);
        return sql;
    }

    private void minScore(Sql sql, MatchScores scores) {
        if (scores.minScore() > 0) {
            sql.text.append(" AND s.excluded = 0 AND s.score >= ?"); // the badge shows the score rounded
            sql.params.add(scores.minScore() - 0.5);
        }
    }

    /** The query's filters, appended to a statement whose posting table is {@code p}. */
    private static void filters(JobQuery query, Sql sql) {
        if (query.savedOnly()) {
            sql.text.append(" AND p.saved = 1");
        } else if (!query.includeArchived()) {
            sql.text.append(" AND +p.archived = 0"); // "+": leave the newest-first index to the ORDER BY
        }
        sql.text.append(query.hiddenOnly() ? " AND p.hidden = 1" : " AND p.hidden = 0");
        if (!query.sources().isEmpty()) {
            sql.text.append(" AND EXISTS (SELECT 1 FROM job_posting_link l WHERE l.posting_id = p.id AND l.source IN (")
                    .append(placeholders(query.sources().size())).append("))");
            sql.params.addAll(query.sources().stream().sorted().toList());
        }
        if (!query.remote().isEmpty()) {
            sql.text.append(" AND p.remote IN (").append(placeholders(query.remote().size())).append(")");
            query.remote().stream().map(RemoteMode::name).sorted().forEach(sql.params::add);
        }
        if (query.postedSince() != null) {
            sql.text.append(" AND ").append(POSTED).append(" >= ?");
            sql.params.add(query.postedSince().toString());
        }
        if (query.minYearlySalary() != null) {
            sql.text.append(" AND ").append(YEARLY_SALARY).append(" >= ?");
            sql.params.add(query.minYearlySalary());
        }
    }

    /**
     * Without text, newest posted first (an index on the same expression, V3, keeps it a scan with early stop);
     * with broad text, newest stored first reads the full-text index backwards, so no match needs sorting.
     */
    private static String order(JobQuery query, boolean rank, boolean fullText) {
        String direction = query.ascending() ? " ASC" : " DESC";
        return switch (query.sort()) {
            case RELEVANCE -> rank ? "bm25(job_posting_fts, 10.0, 4.0, 2.0, 1.0, 6.0), p.id DESC"
                    : fullText ? "f.rowid DESC" : POSTED + " DESC, p.id DESC";
            case NEWEST -> POSTED + direction + " NULLS LAST, p.id" + direction;
            case TITLE -> "p.title COLLATE NOCASE" + direction + ", p.id";
            case COMPANY -> "p.company COLLATE NOCASE" + direction + " NULLS LAST, p.id";
            case LOCATION -> "p.location COLLATE NOCASE" + direction + " NULLS LAST, p.id";
            case SOURCE -> "p.source" + direction + ", p.id";
            case SALARY -> YEARLY_SALARY + direction + " NULLS LAST, p.id";
            case REMOTE -> "p.remote" + direction + ", p.id";
        };
    }

    private static PostingRow row(ResultSet rs) throws SQLException {
        String sources = rs.getString(5);
        String posted = rs.getString(6);
        String period = rs.getString(11);
        return new PostingRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                sources == null ? List.of(rs.getString(17)) : Arrays.asList(sources.split(",")),
                posted == null ? null : LocalDate.parse(posted), Instant.parse(rs.getString(7)),
                (Double) rs.getObject(8), (Double) rs.getObject(9), rs.getString(10),
                period == null ? null : SalaryPeriod.valueOf(period), rs.getString(12), RemoteMode.valueOf(rs.getString(13)),
                rs.getInt(14) == 1, rs.getInt(15) == 1, rs.getInt(16) == 1);
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** A statement under construction: its text after SELECT, and its parameters in order. */
    private static final class Sql {
        final StringBuilder text = new StringBuilder();
        final List<Object> params = new ArrayList<>();
        boolean fullText;

        PreparedStatement prepare(Connection connection, String statement) throws SQLException {
            PreparedStatement st = connection.prepareStatement(statement);
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            return st;
        }
    }
}
