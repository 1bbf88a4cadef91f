package dev.careeragent.store;

import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** SQLite connections with the app's settings: WAL, foreign keys on, a busy timeout (STACK.md). */
final class SqliteDataSources {

    private SqliteDataSources() {
    }

    static SQLiteDataSource forFile(Path file) {
        return forFile(file, 5000);
    }

    static SQLiteDataSource forFile(Path file, int busyTimeoutMillis) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMillis);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }
}
