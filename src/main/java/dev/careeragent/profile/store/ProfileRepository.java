package dev.careeragent.profile.store;

import dev.careeragent.profile.Preferences;
import dev.careeragent.profile.ProfileStore;
import dev.careeragent.store.Database;
import java.time.Clock;
import java.util.function.Consumer;

/** The one profile row (table {@code profile}, V1 and V9), read and written through its entity. */
public final class ProfileRepository implements ProfileStore {

    private final Database database;
    private final Clock clock;

    public ProfileRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Preferences load() {
        return database.fromTransaction(s -> {
            Profile row = s.find(Profile.class, 1L);
            return row == null ? Preferences.none() : new Preferences(row.getTargetRoles(), row.getTargetLocations(),
                    row.getRemotePreference(), row.getSalaryFloor(), row.getSalaryCurrency(), row.getEmploymentTypes(),
                    row.getTargetLevel(), row.getAvoidCompanies(), row.getAvoidWords(), row.getWeights());
        });
    }

    @Override
    public void save(Preferences p) {
        update(row -> {
            row.setTargetRoles(p.targetRoles());
            row.setTargetLocations(p.places());
            row.setRemotePreference(p.remote());
            row.setSalaryFloor(p.salaryFloor());
            row.setSalaryCurrency(p.salaryCurrency());
            row.setEmploymentTypes(p.employmentTypes());
            row.setTargetLevel(p.level());
            row.setAvoidCompanies(p.avoidCompanies());
            row.setAvoidWords(p.avoidWords());
            row.setWeights(p.weights());
        });
    }

    @Override
    public boolean guideClosed() {
        return database.fromTransaction(s -> {
            Profile row = s.find(Profile.class, 1L);
            return row != null && row.getGuideClosedAt() != null;
        });
    }

    @Override
    public void markGuideClosed() {
        update(row -> row.setGuideClosedAt(clock.instant()));
    }

    /** Changes the row (creating it on first use) in one transaction. */
    private void update(Consumer<Profile> change) {
        database.inTransaction(s -> {
            Profile row = s.find(Profile.class, 1L);
            boolean fresh = row == null;
            if (fresh) {
                row = new Profile();
            }
            change.accept(row);
            row.touch(clock.instant());
            if (fresh) {
                s.persist(row);
            }
        });
    }
}
