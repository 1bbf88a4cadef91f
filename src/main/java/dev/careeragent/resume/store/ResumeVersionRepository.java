package dev.careeragent.resume.store;

import dev.careeragent.resume.model.DeletedVersion;
import dev.careeragent.resume.model.VersionInfo;
import dev.careeragent.store.Database;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Stored resume versions. Soft-deleted versions (deleted_at set) are hidden until purged. */
public final class ResumeVersionRepository {

    private static final String INFO = "select new dev.careeragent.resume.model.VersionInfo(v.id, v.label, v.createdAt,"
            + " v.sourceFileName, v.sourceFormat, v.primary, v.parentId) from ResumeVersion v";

    private final Database database;

    public ResumeVersionRepository(Database database) {
        this.database = database;
    }

    /** Versions not deleted. */
    public long count() {
        return database.fromTransaction(s -> s.createSelectionQuery(
                "select count(*) from ResumeVersion where deletedAt is null", Long.class).getSingleResult());
    }

    public ResumeVersion save(ResumeVersion version) {
        return database.fromTransaction(s -> {
            s.persist(version);
            return version;
        });
    }

    /** Stores a new version in one transaction; it becomes primary when no live version is. */
    public ResumeVersion insert(ResumeVersion version) {
        return database.fromTransaction(s -> {
            version.setPrimary(primaryId(s).isEmpty());
            s.persist(version);
            return version;
        });
    }

    /** Live versions, newest first. */
    public List<VersionInfo> list() {
        return database.fromTransaction(s -> s.createSelectionQuery(INFO + " where v.deletedAt is null"
                + " order by v.createdAt desc, v.id desc", VersionInfo.class).getResultList());
    }

    /** A live version. */
    public Optional<ResumeVersion> find(long id) {
        return database.fromTransaction(s -> Optional.ofNullable(s.find(ResumeVersion.class, id))
                .filter(v -> v.getDeletedAt() == null));
    }

    public Optional<Long> primaryId() {
        return database.fromTransaction(ResumeVersionRepository::primaryId);
    }

    public boolean rename(long id, String label) {
        return database.fromTransaction(s -> s.createMutationQuery("update ResumeVersion set label = :label"
                + " where id = :id and deletedAt is null").setParameter("label", label).setParameter("id", id)
                .executeUpdate() == 1);
    }

    /** Makes {@code id} the one primary version; false when it does not exist (nothing changes then). */
    public boolean makePrimary(long id) {
        return database.fromTransaction(s -> makePrimary(s, id));
    }

    /**
     * Hides a version; when it was primary, the newest other live version becomes primary.
     * Empty when there is no such live version.
     */
    public Optional<DeletedVersion> softDelete(long id, Instant now) {
        return database.fromTransaction(s -> {
            ResumeVersion version = s.find(ResumeVersion.class, id);
            if (version == null || version.getDeletedAt() != null) {
                return Optional.empty();
            }
            boolean wasPrimary = version.isPrimary();
            version.setPrimary(false);
            version.setDeletedAt(now);
            s.flush();
            Long successor = null;
            if (wasPrimary) {
                successor = s.createSelectionQuery("select id from ResumeVersion where deletedAt is null"
                        + " order by createdAt desc, id desc", Long.class).setMaxResults(1).uniqueResultOptional().orElse(null);
                if (successor != null) {
                    makePrimary(s, successor);
                }
            }
            return Optional.of(new DeletedVersion(id, version.getLabel(), wasPrimary, successor));
        });
    }

    /** Brings a soft-deleted version back, primary again if it was. */
    public boolean restore(DeletedVersion deleted) {
        return database.fromTransaction(s -> {
            ResumeVersion version = s.find(ResumeVersion.class, deleted.id());
            if (version == null || version.getDeletedAt() == null) {
                return false;
            }
            version.setDeletedAt(null);
            s.flush();
            if (deleted.wasPrimary() || primaryId(s).isEmpty()) {
                makePrimary(s, deleted.id());
            }
            return true;
        });
    }

    /** Removes for good the versions deleted before {@code cutoff}; returns how many. */
    public int purgeDeletedBefore(Instant cutoff) {
        return database.fromTransaction(s -> {
            List<ResumeVersion> old = s.createSelectionQuery("from ResumeVersion where deletedAt is not null",
                    ResumeVersion.class).getResultList().stream().filter(v -> v.getDeletedAt().isBefore(cutoff)).toList();
            old.forEach(s::remove);
            return old.size();
        });
    }

    private static Optional<Long> primaryId(Session s) {
        return s.createSelectionQuery("select id from ResumeVersion where primary = true and deletedAt is null",
                Long.class).uniqueResultOptional();
    }

    private static boolean makePrimary(Session s, long id) {
        ResumeVersion target = s.find(ResumeVersion.class, id);
        if (target == null || target.getDeletedAt() != null) {
            return false;
        }
        s.createMutationQuery("update ResumeVersion set primary = false where primary = true and id <> :id")
                .setParameter("id", id).executeUpdate();
        s.createMutationQuery("update ResumeVersion set primary = true where id = :id").setParameter("id", id).executeUpdate();
        s.refresh(target);
        return true;
    }
}
