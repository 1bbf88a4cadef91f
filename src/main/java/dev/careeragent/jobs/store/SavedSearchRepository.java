package dev.careeragent.jobs.store;

import dev.careeragent.store.Database;
import java.util.List;

/** The user's saved searches. */
public final class SavedSearchRepository {

    private final Database database;

    public SavedSearchRepository(Database database) {
        this.database = database;
    }

    public List<SavedSearch> all() {
        return database.fromTransaction(s -> s.createSelectionQuery("from SavedSearch order by name", SavedSearch.class)
                .getResultList());
    }

    /** The searches the scheduler runs, oldest first. */
    public List<SavedSearch> enabled() {
        return database.fromTransaction(s -> s.createSelectionQuery("from SavedSearch where enabled = true order by id",
                SavedSearch.class).getResultList());
    }

    /** Stores a new search; returns it with its id. */
    public SavedSearch save(SavedSearch search) {
        return save(null, search);
    }

    /** Updates the stored search {@code id} with the values of {@code search}, or inserts it when {@code id} is null or gone. */
    public SavedSearch save(Long id, SavedSearch search) {
        return database.fromTransaction(s -> {
            SavedSearch stored = id == null ? null : s.find(SavedSearch.class, id);
            if (stored == null) {
                s.persist(search);
                return search;
            }
            stored.copyFrom(search);
            return stored;
        });
    }

    public void delete(long id) {
        database.inTransaction(s -> {
            SavedSearch found = s.find(SavedSearch.class, id);
            if (found != null) {
                s.remove(found);
            }
        });
    }
}
