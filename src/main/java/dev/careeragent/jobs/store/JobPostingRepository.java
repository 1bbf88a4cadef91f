package dev.careeragent.jobs.store;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.PostingLink;
import dev.careeragent.jobs.search.SearchPrefixes;
import dev.careeragent.store.Database;
import dev.careeragent.store.StringListConverter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import dev.careeragent.jobs.JobStoreException;
import java.sql.ResultSet;
import java.util.ArrayList;

/**
 * Stored job postings. Every write goes through the one JDBC statement set below (single rows and bulk ingest
 * alike: IDENTITY ids defeat Hibernate batching); reads map rows through {@link JobPostingEntity}. SQL errors
 * leave as {@link JobStoreException}.
 */
public final class JobPostingRepository {

    static final String INSERT = "INSERT INTO job_posting (source, source_id, url, apply_url, title, company, location,"
            + " city, region, country, remote, salary_min, salary_max, salary_currency, salary_period, salary_text,"
            + " posted_date, employment_type, seniority, job_function, industries, description_html, description_text,"
            + " first_seen, last_seen, archived, search_prefixes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    /** {@link #INSERT}'s columns in the same order, then the id. */
    private static final String UPDATE = "UPDATE job_posting SET source = ?, source_id = ?, url = ?, apply_url = ?,"
            + " title = ?, company = ?, location = ?, city = ?, region = ?, country = ?, remote = ?, salary_min = ?,"
            + " salary_max = ?, salary_currency = ?, salary_period = ?, salary_text = ?, posted_date = ?,"
            + " employment_type = ?, seniority = ?, job_function = ?, industries = ?, description_html = ?,"
            + " description_text = ?, first_seen = ?, last_seen = ?, archived = ?, search_prefixes = ? WHERE id = ?";
    private static final int COLUMNS = 27;

    private static final StringListConverter INDUSTRIES = new StringListConverter();

    private final Database database;
    private final Clock clock;

    public JobPostingRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public long countActive() {
        return database.fromTransaction(s -> s.createSelectionQuery(
                "select count(*) from JobPostingEntity where archived = false", Long.class).getSingleResult());
    }

    /**
     * Stores a new posting (no id) or overwrites a stored one, through the same statement the bulk ingest uses:
     * one write path for the table. Returns the posting as stored, with its id.
     */
    public JobPosting save(JobPosting posting) {
        String now = clock.instant().toString();
        long id;
        try (Connection connection = database.connection();
             PreparedStatement st = connection.prepareStatement(posting.id() == null ? INSERT + " RETURNING id" : UPDATE)) {
            bind(st, posting, now);
            if (posting.id() == null) {
                id = insertReturningId(st);
            } else {
                id = posting.id();
                st.setLong(COLUMNS + 1, id);
                st.executeUpdate();
            }
        } catch (SQLException e) {
            throw new JobStoreException("save the job \"" + posting.title() + "\"", e);
        }
        return find(id).orElseThrow();
    }

    /** Runs an {@code INSERT ... RETURNING id} whose parameters are bound. */
    static long insertReturningId(PreparedStatement insert) throws SQLException {
        try (ResultSet keys = insert.executeQuery()) {
            if (!keys.next()) {
                throw new SQLException("The database did not return the new posting's id");
            }
            return keys.getLong(1);
        }
    }

    /** Every posting that is not archived, for rescoring after the resume or preferences change. */
    public List<JobPosting> findActive() {
        return database.fromTransaction(s -> s.createSelectionQuery("from JobPostingEntity where archived = false",
                JobPostingEntity.class).getResultList().stream().map(JobPostingEntity::toPosting).toList());
    }

    public List<JobPosting> findAll(List<Long> ids) {
        return database.fromTransaction(s -> s.createSelectionQuery("from JobPostingEntity where id in :ids",
                JobPostingEntity.class).setParameter("ids", ids).getResultList().stream().map(JobPostingEntity::toPosting).toList());
    }

    public Optional<JobPosting> find(long id) {
        return database.fromTransaction(s -> Optional.ofNullable(s.find(JobPostingEntity.class, id)).map(JobPostingEntity::toPosting));
    }

    /** Inserts new postings in one transaction; all or nothing. */
    public void insertAll(List<JobPosting> postings) {
        String now = clock.instant().toString();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                FullTextDeferral fullText = FullTextDeferral.begin(connection);
                for (JobPosting p : postings) {
                    bind(insert, p, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                fullText.indexNewRows(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new JobStoreException("store " + postings.size() + " jobs (nothing was stored)", e);
        }
    }

    static void bind(PreparedStatement st, JobPosting p, String now) throws SQLException {
        int i = 1;
        st.setString(i++, p.source());
        st.setString(i++, p.sourceId());
        st.setString(i++, p.url());
        st.setString(i++, p.applyUrl());
        st.setString(i++, p.title());
        st.setString(i++, p.company());
        st.setString(i++, p.location());
        st.setString(i++, p.city());
        st.setString(i++, p.region());
        st.setString(i++, p.country());
        st.setString(i++, p.remote().name());
        setDecimal(st, i++, p.salaryMin());
        setDecimal(st, i++, p.salaryMax());
        st.setString(i++, p.salaryCurrency());
        st.setString(i++, p.salaryPeriod() == null ? null : p.salaryPeriod().name());
        st.setString(i++, p.salaryText());
        st.setString(i++, p.postedDate() == null ? null : p.postedDate().toString());
        st.setString(i++, p.employmentType());
        st.setString(i++, p.seniority());
        st.setString(i++, p.jobFunction());
        st.setString(i++, INDUSTRIES.convertToDatabaseColumn(p.industries()));
        st.setString(i++, p.descriptionHtml());
        st.setString(i++, p.descriptionText());
        st.setString(i++, instantOr(p.firstSeen(), now));
        st.setString(i++, instantOr(p.lastSeen(), now));
        st.setInt(i++, p.archived() ? 1 : 0);
        st.setString(i, SearchPrefixes.of(p.title(), p.company(), p.location()));
    }

    /** Marks a posting saved (kept, never archived) or not. */
    public void setSaved(long id, boolean saved) {
        updateFlag("saved", id, saved);
    }

    /** Hides a posting from the default views (or shows it again). */
    public void setHidden(long id, boolean hidden) {
        updateFlag("hidden", id, hidden);
    }

    public boolean isSaved(long id) {
        return flag("saved", id);
    }

    public boolean isHidden(long id) {
        return flag("hidden", id);
    }

    /** Every place the posting was listed, first found first. */
    public List<PostingLink> links(long postingId) {
        List<PostingLink> links = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement st = connection.prepareStatement("SELECT source, source_id, url, attribution, first_seen,"
                     + " last_seen FROM job_posting_link WHERE posting_id = ? ORDER BY first_seen, id")) {
            st.setLong(1, postingId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    links.add(new PostingLink(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.parse(rs.getString(5)), Instant.parse(rs.getString(6))));
                }
            }
        } catch (SQLException e) {
            throw new JobStoreException("read where the job was listed", e);
        }
        return links;
    }

    /**
     * Archives (never deletes) the active postings last seen before {@code cutoff}: they dropped off every source.
     * Saved ones stay, the user chose to keep them; applications and history keep their postings. Returns how many
     * were archived.
     */
    public int archiveNotSeenSince(Instant cutoff) {
        try (Connection connection = database.connection();
             PreparedStatement st = connection.prepareStatement(
                     "UPDATE job_posting SET archived = 1 WHERE archived = 0 AND saved = 0 AND last_seen < ?")) {
            st.setString(1, cutoff.toString());
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new JobStoreException("archive the jobs no source lists any more", e);
        }
    }

    private void updateFlag(String column, long id, boolean value) {
        try (Connection connection = database.connection();
             PreparedStatement st = connection.prepareStatement("UPDATE job_posting SET " + column + " = ? WHERE id = ?")) {
            st.setInt(1, value ? 1 : 0);
            st.setLong(2, id);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new JobStoreException("mark the job " + column, e);
        }
    }

    private boolean flag(String column, long id) {
        try (Connection connection = database.connection();
             PreparedStatement st = connection.prepareStatement("SELECT " + column + " FROM job_posting WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new JobStoreException("read whether the job is " + column, e);
        }
    }

    private static void setDecimal(PreparedStatement st, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.REAL);
        } else {
            st.setDouble(index, value.doubleValue());
        }
    }

    private static String instantOr(Instant value, String fallback) {
        return value == null ? fallback : value.toString();
    }
}
