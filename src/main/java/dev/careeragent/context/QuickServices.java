package dev.careeragent.context;

import dev.careeragent.core.DataFolder;
import dev.careeragent.core.event.EventBus;
import dev.careeragent.core.settings.SettingsStore;
import dev.careeragent.notify.settings.NotificationSettings;
import dev.careeragent.schedule.ScheduleStatus;
import dev.careeragent.schedule.store.ScheduleFileReader;
import dev.careeragent.security.LazySecretVault;
import dev.careeragent.security.SecretVault;
import dev.careeragent.security.SecretVaults;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.catalog.JobPageParser;
import dev.careeragent.sources.fetch.Politeness;
import dev.careeragent.sources.fetch.SourceHealthRegistry;
import dev.careeragent.sources.search.JobPageReader;
import dev.careeragent.sources.search.SourceSettingsService;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import java.time.Clock;

/**
 * Wiring for commands that need no database ({@code job parse}) or only a quick read of it
 * ({@code schedule status}): no Hibernate, no migrations, no model.
 */
public final class QuickServices {

    private QuickServices() {
    }

    public static JobPageReader jobPageReader(DataFolder folder, SettingsStore settings, Clock clock) {
        SecretVault vault = new LazySecretVault(() -> SecretVaults.open(folder.root(), null));
        return new JobPageReader(new JobPageParser(new PostingNormalizer(clock)),
                Politeness.standard(new EventBus(), new SourceHealthRegistry(clock)),
                new SourceSettingsService(settings, () -> vault));
    }

    /**
     * The scheduler's state read from the database file, with the built-in jobs a fresh folder has not stored yet.
     * A faulty database gets doctor's verdict first (a {@link dev.careeragent.store.DatabaseException}).
     */
    public static ScheduleStatus scheduleStatus(DataFolder folder, SettingsStore settings, Clock clock) {
        Database.verify(folder.database(), new DatabaseBackups(folder.backups(), clock));
        return new ScheduleStatus(new ScheduleFileReader(folder.database()),
                () -> BuiltInJobs.plans(settings.get(NotificationSettings.KEY)), clock);
    }
}
