package dev.careeragent.jobs.store;

import dev.careeragent.jobs.IngestResult;
import dev.careeragent.jobs.JobStoreException;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.dedupe.DuplicateDetector;
import dev.careeragent.jobs.dedupe.DuplicateMatch;
import dev.careeragent.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stores fetched postings without duplicates. Each incoming posting is matched (DuplicateDetector rules: same
 * source id, same canonical URL, same company + title + place within 30 days, near-identical description)
 * against the stored links and active postings that share one of its keys, and against the batch itself. A known job
 * gets a source link and a fresh last-seen (and is un-archived); a new one is inserted. One transaction.
 */
public final class PostingIngest {

    private static final String UPSERT_LINK = "INSERT INTO job_posting_link (posting_id, source, link_key, source_id, url,"
            + " attribution, first_seen, last_seen) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (source, link_key) DO UPDATE SET"
            + " last_seen = excluded.last_seen, url = COALESCE(excluded.url, url),"
            + " attribution = COALESCE(excluded.attribution, attribution)";
    private static final String TOUCH = "UPDATE job_posting SET last_seen = ?, archived = 0 WHERE id = ?";
    private static final String FILL_DESCRIPTION = "UPDATE job_posting SET description_html = ?, description_text = ?"
            + " WHERE id = ? AND (description_text IS NULL OR length(description_text) < ?)";

    private final Database database;
    private final Clock clock;

    public PostingIngest(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * @param attributions attribution text by source id (e.g. "Jobs by Remote OK"), kept on each source link
     */
    public IngestResult ingest(List<JobPosting> postings, Map<String, String> attributions) {
        if (postings.isEmpty()) {
            return IngestResult.empty();
        }
        String now = clock.instant().toString();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                IngestResult result = ingest(connection, postings, attributions, now);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new JobStoreException("store the " + postings.size() + " jobs found (none were stored)", e);
        }
    }

    /**
     * Fingerprints every posting on all cores, loads the stored candidates they could duplicate (indexed lookups,
     * see KnownPostings), then matches and writes them in order.
     */
    private IngestResult ingest(Connection connection, List<JobPosting> postings, Map<String, String> attributions,
            String now) throws SQLException {
        DuplicateDetector.Prepared prepared = DuplicateDetector.prepare(postings);
        DuplicateDetector detector = KnownPostings.candidatesFor(connection, postings, prepared);
        FullTextDeferral fullText = FullTextDeferral.begin(connection);
        try (IngestWriter writer = new IngestWriter(connection, attributions, now)) {
            writer.write(postings, prepared, detector.addAll(prepared));
            fullText.indexNewRows(connection);
            return writer.finish(postings.size());
        }
    }

    /** The statements of one ingest: a new posting is inserted, a known one touched; every sighting gets a link. */
    private static final class IngestWriter implements AutoCloseable {
        private final PreparedStatement insert;
        private final PreparedStatement link;
        private final PreparedStatement touch;
        private final PreparedStatement fill;
        private final DedupeIndexWriter dedupeIndex;
        private final Map<String, String> attributions;
        private final String now;
        private final Map<JobPosting, Long> idOfIncoming = new IdentityHashMap<>();
        private final List<Long> ids = new ArrayList<>();
        private final Set<Long> all = new LinkedHashSet<>();
        private int duplicates;

        IngestWriter(Connection connection, Map<String, String> attributions, String now) throws SQLException {
            this.insert = connection.prepareStatement(JobPostingRepository.INSERT + " RETURNING id");
            this.link = connection.prepareStatement(UPSERT_LINK);
            this.touch = connection.prepareStatement(TOUCH);
            this.fill = connection.prepareStatement(FILL_DESCRIPTION);
            this.dedupeIndex = new DedupeIndexWriter(connection);
            this.attributions = attributions;
            this.now = now;
        }

        void write(List<JobPosting> postings, DuplicateDetector.Prepared prepared, List<Optional<DuplicateMatch>> matches)
                throws SQLException {
            for (int i = 0; i < postings.size(); i++) {
                JobPosting posting = postings.get(i);
                long id;
                if (matches.get(i).isEmpty()) {
                    id = insertNew(posting);
                    dedupeIndex.add(id, prepared, i);
                } else {
                    id = touchKnown(posting, matches.get(i).get());
                }
                idOfIncoming.put(posting, id);
                all.add(id);
                bindLink(link, id, posting, attributions.get(posting.source()), now);
                link.addBatch();
            }
        }

        private long insertNew(JobPosting posting) throws SQLException {
            long id = insert(insert, posting, now);
            ids.add(id);
            return id;
        }

        private long touchKnown(JobPosting posting, DuplicateMatch match) throws SQLException {
            JobPosting existing = match.existing();
            long id = existing.id() != null ? existing.id() : idOfIncoming.get(existing);
            duplicates++;
            touch.setString(1, now);
            touch.setLong(2, id);
            touch.addBatch();
            if (posting.descriptionText() != null) {
                fill.setString(1, posting.descriptionHtml());
                fill.setString(2, posting.descriptionText());
                fill.setLong(3, id);
                fill.setInt(4, posting.descriptionText().length());
                fill.addBatch();
            }
            return id;
        }

        /** Runs the batched updates (after the full-text index caught up with the inserts). */
        IngestResult finish(int received) throws SQLException {
            touch.executeBatch();
            fill.executeBatch();
            link.executeBatch();
            dedupeIndex.flush();
            return new IngestResult(received, ids, duplicates, new ArrayList<>(all));
        }

        @Override
        public void close() throws SQLException {
            try (insert; link; touch; fill; dedupeIndex) {
                // closes them all, even if one fails
            }
        }
    }

    private static long insert(PreparedStatement insert, JobPosting posting, String now) throws SQLException {
        JobPostingRepository.bind(insert, posting, now);
        return JobPostingRepository.insertReturningId(insert);
    }

    private static void bindLink(PreparedStatement st, long postingId, JobPosting p, String attribution, String now)
            throws SQLException {
        st.setLong(1, postingId);
        st.setString(2, p.source());
        st.setString(3, linkKey(p, postingId));
        st.setString(4, p.sourceId());
        st.setString(5, p.url());
        st.setString(6, attribution);
        st.setString(7, now);
        st.setString(8, now);
    }

    /** The source's id for the listing, else its URL, else the posting (as the V3 first-link trigger does). */
    static String linkKey(JobPosting p, long postingId) {
        if (p.sourceId() != null) {
            return p.sourceId();
        }
        return p.url() != null ? p.url() : "posting:" + postingId;
    }
}
