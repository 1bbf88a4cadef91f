package dev.careeragent.tracker;

import dev.careeragent.store.Database;

/** Stored applications and their history. */
public final class ApplicationRepository {

    private final Database database;

    public ApplicationRepository(Database database) {
        this.database = database;
    }

    public long count() {
        return database.fromTransaction(s -> s.createSelectionQuery("select count(*) from Application", Long.class).getSingleResult());
    }

    public Application save(Application application) {
        return database.fromTransaction(s -> {
            s.persist(application);
            return application;
        });
    }
}
