package dev.careeragent.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The one verdict on an existing database, given alike to {@code doctor} and to every command that opens it:
 * read-only file, read-only folder, locked, damaged, or written by a newer app.
 */
final class DatabaseHealthCheck {

    private final Path file;
    private final DatabaseBackups backups;
    private final List<String> migrations;

    DatabaseHealthCheck(Path file, DatabaseBackups backups, List<String> migrations) {
        this.file = file;
        this.backups = backups;
        this.migrations = migrations;
    }

    void verify() {
        Path folder = file.toAbsolutePath().getParent();
        if (!writable(folder)) {
            throw new DatabaseException(DatabaseException.Problem.READ_ONLY_FOLDER,
                    "The data folder " + folder + " is read-only, so the database cannot be written.", null, null);
        }
        if (!writable(file)) {
            throw new DatabaseException(DatabaseException.Problem.READ_ONLY_FILE,
                    "The database " + file + " is read-only.", null, null);
        }
        try (Connection connection = SqliteDataSources.forFile(file, 1500).getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
                String verdict = result.next() ? result.getString(1) : "no answer";
                if (!"ok".equalsIgnoreCase(verdict)) {
                    throw corrupt(new SQLException("quick_check: " + verdict));
                }
            }
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            throw classify(e);
        }
        SchemaMigrator.refuseNewer(SqliteDataSources.forFile(file, 1500), migrations);
    }

    /** Writable for this process, and not marked read-only for its owner (which root would otherwise ignore). */
    private static boolean writable(Path path) {
        try {
            boolean ownerMayWrite = !Files.getFileStore(path).supportsFileAttributeView("posix")
                    || Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_WRITE);
            return ownerMayWrite && Files.isWritable(path);
        } catch (IOException | UnsupportedOperationException e) {
            return Files.isWritable(path);
        }
    }

    private DatabaseException classify(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
                || code == SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT || code == SQLiteErrorCode.SQLITE_BUSY_RECOVERY) {
            return new DatabaseException(DatabaseException.Problem.LOCKED,
                    "The database " + file + " is locked.", backups.latest().orElse(null), e);
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY || code == SQLiteErrorCode.SQLITE_READONLY_DBMOVED
                || code == SQLiteErrorCode.SQLITE_READONLY_CANTLOCK || code == SQLiteErrorCode.SQLITE_READONLY_RECOVERY) {
            return new DatabaseException(DatabaseException.Problem.READ_ONLY_FILE,
                    "The database " + file + " is read-only.", null, e);
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN || code == SQLiteErrorCode.SQLITE_PERM
                || code == SQLiteErrorCode.SQLITE_IOERR) {
            return new DatabaseException(DatabaseException.Problem.IO,
                    "The database " + file + " cannot be opened for writing.", null, e);
        }
        return corrupt(e);
    }

    private DatabaseException corrupt(SQLException e) {
        return new DatabaseException(DatabaseException.Problem.CORRUPT,
                "The database " + file + " is damaged and cannot be read.", backups.latest().orElse(null), e);
    }
}
