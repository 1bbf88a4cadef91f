package dev.careeragent.testing;

import dev.careeragent.context.Entities;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import java.nio.file.Path;
import java.time.Clock;

/** Opens the app's real SQLite database in a test folder. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database open(Path folder) {
        return Database.open(folder.resolve("career-agent.db"),
                new DatabaseBackups(folder.resolve("backups"), Clock.systemUTC()), Entities.ALL);
    }
}
