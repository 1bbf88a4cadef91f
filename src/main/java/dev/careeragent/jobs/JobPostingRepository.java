package dev.careeragent.jobs;

import dev.careeragent.store.Database;
import java.time.Clock;
import java.util.Optional;

/** Stored job postings. Bulk ingest (with dedupe) comes with the sources feature. */
public final class JobPostingRepository {

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

    public JobPosting save(JobPosting posting) {
        return database.fromTransaction(s -> {
            JobPostingEntity entity = JobPostingEntity.from(posting, clock.instant());
            return (posting.id() == null ? persist(s, entity) : s.merge(entity)).toPosting();
        });
    }

    public Optional<JobPosting> find(long id) {
        return database.fromTransaction(s -> Optional.ofNullable(s.find(JobPostingEntity.class, id)).map(JobPostingEntity::toPosting));
    }

    private static JobPostingEntity persist(org.hibernate.Session session, JobPostingEntity entity) {
        session.persist(entity);
        return entity;
    }
}
