package dev.careeragent.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import dev.careeragent.core.guard.OwnerOnly;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one SQLite file: checked, backed up and migrated by Flyway when opened, then used through
 * Hibernate (entities) or plain JDBC (bulk work). Every write runs in a transaction.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final DataSource dataSource;
    private final SessionFactory sessions;
    private final String schemaVersion;

    private Database(Path file, DataSource dataSource, SessionFactory sessions, String schemaVersion) {
        this.file = file;
        this.dataSource = dataSource;
        this.sessions = sessions;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens (creating if needed) the database at {@code file}.
     *
     * @throws DatabaseException with a user-facing message when the file is damaged, locked, too new or
     *                           cannot be migrated; nothing is overwritten in those cases
     */
    public static Database open(Path file, DatabaseBackups backups, List<Class<?>> entities) {
        return open(file, backups, entities, List.of(SchemaMigrator.APP_MIGRATIONS));
    }

    /** As {@link #open(Path, DatabaseBackups, List)}, with the Flyway locations to migrate from (tests add upgrades). */
    public static Database open(Path file, DatabaseBackups backups, List<Class<?>> entities, List<String> migrations) {
        long start = System.nanoTime();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new DatabaseException(DatabaseException.Problem.IO,
                    "The data folder " + file.getParent() + " cannot be created.", null, e);
        }
        boolean existed = Files.exists(file) && file.toFile().length() > 0;
        DataSource dataSource = SqliteDataSources.forFile(file);
        if (existed) {
            new DatabaseHealthCheck(file, backups, migrations).verify();
        }
        String version = new SchemaMigrator(dataSource, backups, migrations).migrate(existed);
        if (!existed || backups.latest().isEmpty()) {
            firstBackup(dataSource, backups);
        }
        SessionFactory sessions = HibernateBootstrap.sessionFactory(dataSource, entities);
        ownerOnly(file);
        LOG.info("Opened database {} (schema {}) in {} ms", file, version, (System.nanoTime() - start) / 1_000_000);
        return new Database(file, dataSource, sessions, version);
    }

    /**
     * Checks an existing database without changing it: readable, writable, and its schema version
     * ("none" when the file does not exist yet).
     *
     * @throws DatabaseException as {@link #open} would
     */
    public static String check(Path file, DatabaseBackups backups) {
        if (!verify(file, backups)) {
            return "none";
        }
        return SchemaMigrator.currentVersion(SqliteDataSources.forFile(file));
    }

    /** As {@link #check}, without reading the schema version (a second pass of Flyway); false when there is no file. */
    public static boolean verify(Path file, DatabaseBackups backups) {
        if (!Files.exists(file) || file.toFile().length() == 0) {
            return false;
        }
        new DatabaseHealthCheck(file, backups, List.of(SchemaMigrator.APP_MIGRATIONS)).verify();
        return true;
    }

    /** The database and its journal files are the user's alone, whatever the umask made them. */
    private static void ownerOnly(Path file) {
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                OwnerOnly.restrict(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (IOException e) {
            LOG.warn("Could not make the database owner-only: {}", e.getMessage());
        }
    }

    /** A fresh database gets its first backup at once, so "db restore" always has something to offer. */
    private static void firstBackup(DataSource dataSource, DatabaseBackups backups) {
        try (Connection connection = dataSource.getConnection()) {
            backups.backUp(connection, "first-start");
        } catch (IOException | SQLException e) {
            LOG.warn("Could not take the first backup of the new database", e);
        }
    }

    /** Runs {@code work} in a transaction and returns its result. */
    public <T> T fromTransaction(Function<Session, T> work) {
        return sessions.fromTransaction(work);
    }

    /** Runs {@code work} in a transaction; it commits, or rolls back if {@code work} throws. */
    public void inTransaction(Consumer<Session> work) {
        sessions.inTransaction(work);
    }

    /** A plain JDBC connection for bulk work; the caller closes it and manages its transaction. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** What runs inside {@link #inJdbcTransaction}. */
    @FunctionalInterface
    public interface JdbcWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} on one connection in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inJdbcTransaction(JdbcWork<T> work) throws SQLException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    public Path file() {
        return file;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /** Size of the database file plus its write-ahead log, in bytes. */
    public long sizeBytes() {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return file.toFile().length() + (Files.exists(wal) ? wal.toFile().length() : 0);
    }

    @Override
    public void close() {
        sessions.close();
    }
}
