package dev.careeragent.analytics.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.analytics.DailySnapshot;
import dev.careeragent.analytics.SnapshotStore;
import dev.careeragent.store.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/** Reads the counts a snapshot needs and stores one snapshot row per day. */
public final class SnapshotRepository implements SnapshotStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Long>> STATUS_MAP = new TypeReference<>() { };

    private final Database database;

    public SnapshotRepository(Database database) {
        this.database = database;
    }

    /** Counts as of now; "new" postings are those first seen in [{@code from}, {@code until}). */
    @Override
    public DailySnapshot count(LocalDate day, Instant takenAt, Instant from, Instant until) {
        return database.fromTransaction(s -> {
            Map<String, Long> byStatus = new TreeMap<>();
            for (Object[] row : s.createNativeQuery("SELECT status, count(*) FROM tracker_application_facts GROUP BY status", Object[].class)
                    .getResultList()) {
                byStatus.put((String) row[0], ((Number) row[1]).longValue());
            }
            long newPostings = ((Number) s.createNativeQuery(
                            "SELECT count(*) FROM jobs_posting_facts WHERE first_seen >= :from AND first_seen < :until", Object.class)
                    .setParameter("from", from.toString()).setParameter("until", until.toString()).getSingleResult()).longValue();
            return new DailySnapshot(day, takenAt, number(s, "SELECT count(*) FROM jobs_posting_facts WHERE archived = 0"), newPostings,
                    number(s, "SELECT count(*) FROM jobs_posting_facts WHERE archived = 1"),
                    number(s, "SELECT count(*) FROM resume_version_facts"),
                    byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
        });
    }

    /** Inserts the day's row, or replaces it when the day was snapshot before. */
    @Override
    public void save(DailySnapshot snapshot) {
        database.inTransaction(s -> s.createNativeMutationQuery("INSERT INTO analytics_snapshot (day, taken_at, postings,"
                        + " new_postings, archived_postings, resumes, applications, applications_by_status)"
                        + " VALUES (:day, :taken, :postings, :new, :archived, :resumes, :applications, :byStatus)"
                        + " ON CONFLICT (day) DO UPDATE SET taken_at = excluded.taken_at, postings = excluded.postings,"
                        + " new_postings = excluded.new_postings, archived_postings = excluded.archived_postings,"
                        + " resumes = excluded.resumes, applications = excluded.applications,"
                        + " applications_by_status = excluded.applications_by_status")
                .setParameter("day", snapshot.day().toString()).setParameter("taken", snapshot.takenAt().toString())
                .setParameter("postings", snapshot.postings()).setParameter("new", snapshot.newPostings())
                .setParameter("archived", snapshot.archivedPostings()).setParameter("resumes", snapshot.resumes())
                .setParameter("applications", snapshot.applications())
                .setParameter("byStatus", toJson(snapshot.applicationsByStatus()))
                .executeUpdate());
    }

    /** The snapshots of the days from {@code first} to {@code last} inclusive, oldest first. */
    @Override
    public List<DailySnapshot> between(LocalDate first, LocalDate last) {
        return database.fromTransaction(s -> s.createNativeQuery("SELECT day, taken_at, postings, new_postings,"
                                + " archived_postings, resumes, applications, applications_by_status FROM analytics_snapshot"
                                + " WHERE day >= :first AND day <= :last ORDER BY day", Object[].class)
                .setParameter("first", first.toString()).setParameter("last", last.toString()).getResultList()
                .stream().map(SnapshotRepository::toSnapshot).toList());
    }

    private static DailySnapshot toSnapshot(Object[] row) {
        return new DailySnapshot(LocalDate.parse((String) row[0]), Instant.parse((String) row[1]), longOf(row[2]),
                longOf(row[3]), longOf(row[4]), longOf(row[5]), longOf(row[6]), fromJson((String) row[7]));
    }

    private static long number(Session s, String sql) {
        return longOf(s.createNativeQuery(sql, Object.class).getSingleResult());
    }

    private static long longOf(Object value) {
        return ((Number) value).longValue();
    }

    private static String toJson(Map<String, Long> map) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the status counts", e);
        }
    }

    private static Map<String, Long> fromJson(String text) {
        try {
            return JSON.readValue(text, STATUS_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored analytics snapshot is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
