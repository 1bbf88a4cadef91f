package dev.careeragent.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Before an existing database is used: is it a readable SQLite file, and can we write to it? */
final class DatabaseHealthCheck {

    private final Path file;
    private final DatabaseBackups backups;

    DatabaseHealthCheck(Path file, DatabaseBackups backups) {
        this.file = file;
        this.backups = backups;
    }

    void verify() {
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
    }

    private DatabaseException classify(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED
                || code == SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT || code == SQLiteErrorCode.SQLITE_BUSY_RECOVERY) {
            return new DatabaseException(DatabaseException.Problem.LOCKED,
                    "The database " + file + " is locked.", backups.latest().orElse(null), e);
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN || code == SQLiteErrorCode.SQLITE_READONLY
                || code == SQLiteErrorCode.SQLITE_PERM || code == SQLiteErrorCode.SQLITE_IOERR) {
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
