package dev.careeragent.jobs.store;

import dev.careeragent.store.Database;
import java.util.List;

/** The enabled saved searches with their run interval ({@code saved_search.run_every_minutes}), for the scheduler. */
public final class SearchScheduleRepository {

    /** An enabled saved search; {@code runEveryMinutes} null means the scheduler's default. */
    public record EnabledSearch(long id, String name, Integer runEveryMinutes) {
    }

    private final Database database;

    public SearchScheduleRepository(Database database) {
        this.database = database;
    }

    public List<EnabledSearch> enabled() {
        return database.fromTransaction(s -> s.createNativeQuery(
                        "SELECT id, name, run_every_minutes FROM saved_search WHERE enabled = 1 ORDER BY id", Object[].class)
                .getResultList().stream()
                .map(r -> new EnabledSearch(((Number) r[0]).longValue(), (String) r[1],
                        r[2] == null ? null : ((Number) r[2]).intValue()))
                .toList());
    }

    /** Sets how often a saved search runs; null restores the default. */
    public void setRunEveryMinutes(long searchId, Integer minutes) {
        database.inTransaction(s -> s.createNativeMutationQuery("UPDATE saved_search SET run_every_minutes = :m WHERE id = :id")
                .setParameter("m", minutes, Integer.class).setParameter("id", searchId).executeUpdate());
    }
}
