package dev.careeragent.tracker;

import dev.careeragent.store.Database;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Stored applications and their history. */
public final class ApplicationRepository {

    private final Database database;

    public ApplicationRepository(Database database) {
        this.database = database;
    }

    public long count() {
        return database.fromTransaction(s -> s.createSelectionQuery("select count(*) from Application", Long.class).getSingleResult());
    }

    /** Statuses after which nobody follows up. */
    public static final Set<String> CLOSED_STATUSES = Set.of("REJECTED", "WITHDRAWN", "DECLINED", "ACCEPTED", "HIRED",
            "CLOSED", "ARCHIVED");

    /**
     * Open applications whose status last changed in ({@code after}, {@code until}]: the follow-up hook asks
     * for those that went quiet since its last run. {@code after} null means no lower bound.
     */
    public List<Application> quietBetween(Instant after, Instant until) {
        return database.fromTransaction(s -> s.createSelectionQuery("from Application where updatedAt <= :until"
                        + " and (:after is null or updatedAt > :after) and upper(status) not in :closed order by updatedAt",
                        Application.class)
                .setParameter("until", until).setParameter("after", after).setParameterList("closed", CLOSED_STATUSES)
                .getResultList());
    }

    public Application save(Application application) {
        return database.fromTransaction(s -> {
            s.persist(application);
            return application;
        });
    }
}
