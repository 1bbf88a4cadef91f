package dev.careeragent.store;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Flyway owns the schema; an existing database is backed up before any pending migration runs. */
final class SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    static final String APP_MIGRATIONS = "classpath:db/migration";

    private final DataSource dataSource;
    private final DatabaseBackups backups;
    private final List<String> locations;

    SchemaMigrator(DataSource dataSource, DatabaseBackups backups, List<String> locations) {
        this.dataSource = dataSource;
        this.backups = backups;
        this.locations = locations;
    }

    /** Returns the schema version after migrating. */
    String migrate(boolean existingDatabase) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .ignoreMigrationPatterns("*:future")
                // Feature migrations have reserved numbers (V2..V6) and may arrive after a higher one ran.
                .outOfOrder(true)
                .load();
        MigrationInfoService info = flyway.info();
        refuseNewer(info);
        if (existingDatabase && info.pending().length > 0) {
            backUp(info);
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw new DatabaseException(DatabaseException.Problem.MIGRATION_FAILED,
                    "Updating the database structure failed: " + e.getMessage(), backups.latest().orElse(null), e);
        }
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /** Throws TOO_NEW when a newer app has migrated the database beyond what this one knows. */
    static void refuseNewer(DataSource dataSource, List<String> locations) {
        refuseNewer(Flyway.configure().dataSource(dataSource).locations(locations.toArray(String[]::new))
                .ignoreMigrationPatterns("*:future").outOfOrder(true).load().info());
    }

    private static void refuseNewer(MigrationInfoService info) {
        if (Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS)) {
            throw new DatabaseException(DatabaseException.Problem.TOO_NEW,
                    "Your database has schema " + info.current().getVersion() + ", newer than this app knows.", null, null);
        }
    }

    static String currentVersion(DataSource dataSource) {
        MigrationInfo current = Flyway.configure().dataSource(dataSource).locations(APP_MIGRATIONS)
                .ignoreMigrationPatterns("*:future").load().info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    private void backUp(MigrationInfoService info) {
        String from = info.current() == null ? "0" : info.current().getVersion().getVersion();
        try (Connection connection = dataSource.getConnection()) {
            backups.backUp(connection, "before-v" + from + "-upgrade");
        } catch (Exception e) {
            LOG.error("Could not back up the database before migrating", e);
            throw new DatabaseException(DatabaseException.Problem.IO,
                    "A backup could not be made before updating the database, so nothing was changed.", null, e);
        }
    }
}
