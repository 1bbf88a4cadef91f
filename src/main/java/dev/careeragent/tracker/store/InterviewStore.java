package dev.careeragent.tracker.store;

import dev.careeragent.store.Database;
import dev.careeragent.tracker.model.Interview;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The interview table: one row per interview, keyed for iCalendar by its UID. Start times are stored in UTC plus the zone. */
public final class InterviewStore {

    private static final String COLUMNS = "id, application_id, uid, starts_at, zone, duration_minutes, kind, people, place, prep_notes";

    private final Sql sql;

    public InterviewStore(Database database) {
        this.sql = new Sql(database);
    }

    /** Inserts, or updates the interview with the same UID (a re-imported invite); returns it with its id. */
    public Interview save(Interview i) {
        return sql.transaction("save the interview", c -> {
            List<Long> existing = Sql.query(c, "SELECT id FROM interview WHERE uid = ?", rs -> rs.getLong(1), i.uid());
            Object[] values = {i.applicationId(), i.start().toInstant(), i.start().getZone().getId(), i.durationMinutes(),
                    i.kind(), i.people(), i.place(), i.prepNotes()};
            if (!existing.isEmpty()) {
                Sql.update(c, "UPDATE interview SET application_id = ?, starts_at = ?, zone = ?, duration_minutes = ?, kind = ?,"
                        + " people = ?, place = ?, prep_notes = ?, reminded_at = NULL WHERE id = ?", append(values, existing.get(0)));
                return i.withId(existing.get(0));
            }
            return i.withId(Sql.insert(c, "INSERT INTO interview (application_id, starts_at, zone, duration_minutes, kind,"
                    + " people, place, prep_notes, uid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", append(values, i.uid())));
        });
    }

    private static Object[] append(Object[] values, Object last) {
        Object[] out = java.util.Arrays.copyOf(values, values.length + 1);
        out[values.length] = last;
        return out;
    }

    public Optional<Interview> find(long id) {
        return sql.query("read the interview", "SELECT " + COLUMNS + " FROM interview WHERE id = ?", InterviewStore::interview, id)
                .stream().findFirst();
    }

    public List<Interview> all() {
        return sql.query("read the interviews", "SELECT " + COLUMNS + " FROM interview ORDER BY starts_at", InterviewStore::interview);
    }

    public List<Interview> forApplication(long applicationId) {
        return sql.query("read the interviews", "SELECT " + COLUMNS + " FROM interview WHERE application_id = ? ORDER BY starts_at",
                InterviewStore::interview, applicationId);
    }

    /** Interviews starting in [from, to), earliest first. */
    public List<Interview> between(Instant from, Instant to) {
        return sql.query("read the interviews", "SELECT " + COLUMNS + " FROM interview WHERE starts_at >= ? AND starts_at < ?"
                + " ORDER BY starts_at", InterviewStore::interview, from, to);
    }

    /** Interviews starting in [from, to) not yet reminded of. */
    public List<Interview> unremindedBetween(Instant from, Instant to) {
        return sql.query("read the interviews", "SELECT " + COLUMNS + " FROM interview WHERE starts_at >= ? AND starts_at < ?"
                + " AND reminded_at IS NULL ORDER BY starts_at", InterviewStore::interview, from, to);
    }

    public void markReminded(long id, Instant at) {
        sql.transaction("mark the reminder", c -> Sql.update(c, "UPDATE interview SET reminded_at = ? WHERE id = ?", at, id));
    }

    public boolean delete(long id) {
        return sql.transaction("delete the interview", c -> Sql.update(c, "DELETE FROM interview WHERE id = ?", id) == 1);
    }

    private static Interview interview(ResultSet rs) throws SQLException {
        return new Interview(rs.getLong(1), rs.getLong(2), rs.getString(3),
                Sql.instant(rs, "starts_at").atZone(ZoneId.of(rs.getString(5))), rs.getInt(6),
                Interview.Kind.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10));
    }
}
