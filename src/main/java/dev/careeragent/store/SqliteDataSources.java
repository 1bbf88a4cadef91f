package dev.careeragent.store;

import java.nio.file.Path;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** SQLite connections with the app's settings: WAL, foreign keys on, a busy timeout (STACK.md), immediate transactions. */
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
        // BEGIN IMMEDIATE: a transaction that reads and then writes (the scheduler's run bookkeeping on several
        // task threads) otherwise fails with SQLITE_BUSY_SNAPSHOT, which the busy timeout does not retry.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }
}
