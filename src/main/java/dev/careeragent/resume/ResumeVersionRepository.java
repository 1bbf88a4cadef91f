package dev.careeragent.resume;

import dev.careeragent.store.Database;

/** Stored resume versions. */
public final class ResumeVersionRepository {

    private final Database database;

    public ResumeVersionRepository(Database database) {
        this.database = database;
    }

    public long count() {
        return database.fromTransaction(s -> s.createSelectionQuery("select count(*) from ResumeVersion", Long.class).getSingleResult());
    }

    public ResumeVersion save(ResumeVersion version) {
        return database.fromTransaction(s -> {
            s.persist(version);
            return version;
        });
    }
}
