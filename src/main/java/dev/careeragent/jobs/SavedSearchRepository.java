package dev.careeragent.jobs;

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

    /** Inserts a new search or updates a stored one; returns the stored state (with its id). */
    public SavedSearch save(SavedSearch search) {
        return database.fromTransaction(s -> {
            if (search.getId() == null) {
                s.persist(search);
                return search;
            }
            return s.merge(search);
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
