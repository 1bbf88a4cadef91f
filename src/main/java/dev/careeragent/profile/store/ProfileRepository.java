package dev.careeragent.profile.store;

import dev.careeragent.profile.Preferences;
import dev.careeragent.profile.ProfileStore;
import dev.careeragent.store.Database;
import java.time.Clock;

/** The one profile row (V1 table {@code profile}), read and written through its entity. */
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
                    row.getRemotePreference(), row.getSalaryFloor(), row.getSalaryCurrency(), row.getEmploymentTypes());
        });
    }

    @Override
    public void save(Preferences p) {
        database.inTransaction(s -> {
            Profile row = s.find(Profile.class, 1L);
            boolean fresh = row == null;
            if (fresh) {
                row = new Profile();
            }
            row.setTargetRoles(p.targetRoles());
            row.setTargetLocations(p.places());
            row.setRemotePreference(p.remote());
            row.setSalaryFloor(p.salaryFloor());
            row.setSalaryCurrency(p.salaryCurrency());
            row.setEmploymentTypes(p.employmentTypes());
            row.touch(clock.instant());
            if (fresh) {
                s.persist(row);
            }
        });
    }
}
