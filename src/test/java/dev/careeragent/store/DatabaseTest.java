package dev.careeragent.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.context.Entities;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.JobPostingEntity;
import dev.careeragent.testing.Migrations;
import dev.careeragent.tracker.model.Application;
import dev.careeragent.tracker.model.ApplicationStatus;
import dev.careeragent.tracker.store.ApplicationStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    /** The newest app migration (src/main/resources/db/migration). */

    @TempDir
    Path dir;

    private Database open() {
        return Database.open(dir.resolve("career-agent.db"), backups(), Entities.ALL);
    }

    private DatabaseBackups backups() {
        return new DatabaseBackups(dir.resolve("backups"), Clock.systemDefaultZone());
    }

    @Test
    void migratesAnEmptyFolderAndReopensWithTheDataKept() {
        try (Database db = open()) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            db.inTransaction(session -> {
                session.persist(JobPostingEntity.from(JobPosting.builder().source("test").title("Java Developer")
                        .company("Acme").descriptionText("Spring Boot and Kubernetes").build(), Instant.now()));
            });
            new ApplicationStore(db).insert(application("Java Developer"));
        }
        try (Database db = open()) {
            long postings = db.fromTransaction(s -> s.createSelectionQuery("select count(*) from JobPostingEntity", Long.class).getSingleResult());
            Application app = new ApplicationStore(db).all().get(0);
            assertThat(postings).isEqualTo(1);
            assertThat(app.status()).isEqualTo(ApplicationStatus.APPLIED);
            assertThat(backups().list()).as("the first start's backup; a current schema needs no other").singleElement()
                    .satisfies(b -> assertThat(b.getFileName().toString()).contains("first-start"));
        }
    }

    @Test
    void theBackupFolderAndItsBackupsAreTheOwnersAlone() throws Exception {
        try (Database db = open()) {
            Path backup = backups().list().get(0);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("backups"))))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        }
    }

    @Test
    void fullTextIndexFollowsInsertsUpdatesAndDeletes() throws Exception {
        try (Database db = open()) {
            Long id = db.fromTransaction(s -> {
                JobPostingEntity e = JobPostingEntity.from(JobPosting.builder().source("t").title("Gärtner")
                        .descriptionText("Kubernetes operator").build(), Instant.now());
                s.persist(e);
                return e.getId();
            });
            assertThat(ftsCount(db, "kubernetes")).isEqualTo(1);
            assertThat(ftsCount(db, "gartner")).as("diacritics removed").isEqualTo(1);
            assertThat(ftsCount(db, "gart")).as("title prefix, for search as you type").isEqualTo(1);
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE job_posting SET description_text = 'Terraform' WHERE id = " + id);
                assertThat(ftsCount(db, "kubernetes")).isZero();
                assertThat(ftsCount(db, "terraform")).isEqualTo(1);
                st.executeUpdate("DELETE FROM job_posting WHERE id = " + id);
                assertThat(ftsCount(db, "terraform")).isZero();
            }
        }
    }

    @Test
    void backsUpAnExistingDatabaseBeforeMigratingIt() throws Exception {
        try (Database db = open()) {
            new ApplicationStore(db).insert(application("Engineer"));
        }
        assertThat(backups().list()).as("the first start's backup").hasSize(1);
        try (Database db = Database.open(dir.resolve("career-agent.db"), backups(), Entities.ALL,
                List.of("classpath:db/migration", "classpath:db/test-upgrade"))) {
            assertThat(db.schemaVersion()).isEqualTo("1000");
        }
        assertThat(backups().list()).hasSize(2).first()
                .satisfies(b -> assertThat(b.getFileName().toString()).contains("before-v" + Migrations.latestVersion() + "-upgrade"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backups().list().get(0));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1),"
                     + " (SELECT company FROM application)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(Migrations.latestVersion());
            assertThat(rs.getString(2)).isEqualTo("Acme");
        }
    }

    @Test
    void aDatabaseThatIsNotOursIsNeverMigratedButBackedUp() throws Exception {
        Path file = dir.resolve("career-agent.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE notes (text TEXT)");
        }
        assertThatThrownBy(this::open).isInstanceOfSatisfying(DatabaseException.class,
                e -> assertThat(e.problem()).isEqualTo(DatabaseException.Problem.MIGRATION_FAILED));
        assertThat(backups().list()).hasSize(1);
    }

    @Test
    void keepsOnlyTheNewestFiveBackups() throws Exception {
        Path file = dir.resolve("career-agent.db");
        Instant t = Instant.parse("2099-01-01T10:00:00Z"); // after the first start's backup
        try (Database db = open(); Connection c = db.connection()) {
            for (int i = 0; i < 7; i++) {
                new DatabaseBackups(dir.resolve("backups"), Clock.fixed(t.plusSeconds(i), ZoneOffset.UTC)).backUp(c, "n" + i);
            }
        }
        assertThat(backups().list()).hasSize(5);
        assertThat(backups().latest().orElseThrow().getFileName().toString()).contains("n6");
        assertThat(file).exists();
    }

    @Test
    void aCorruptFileIsReportedWithTheLatestBackupAndLeftUntouched() throws Exception {
        Path file = dir.resolve("career-agent.db");
        try (Database db = open(); Connection c = db.connection()) {
            backups().backUp(c, "manual");
        }
        Files.deleteIfExists(file.resolveSibling("career-agent.db-wal"));
        byte[] garbage = "this is not a database at all, just text that replaced it".repeat(200).getBytes();
        Files.write(file, garbage);

        assertThatThrownBy(this::open)
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DatabaseException.Problem.CORRUPT);
                    assertThat(e.latestBackup()).isPresent();
                    assertThat(e.userMessage()).contains("damaged").contains("restore");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);

        Path aside = backups().restore(backups().latest().orElseThrow(), file);
        assertThat(Files.readAllBytes(aside)).isEqualTo(garbage);
        try (Database db = open()) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void aLockedDatabaseSaysSo() throws Exception {
        try (Database db = open()) {
            // schema created
        }
        Path file = dir.resolve("career-agent.db");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = other.createStatement()) {
            st.execute("PRAGMA locking_mode = EXCLUSIVE");
            st.execute("BEGIN EXCLUSIVE");
            assertThatThrownBy(this::open)
                    .isInstanceOfSatisfying(DatabaseException.class,
                            e -> assertThat(e.problem()).isEqualTo(DatabaseException.Problem.LOCKED));
            st.execute("ROLLBACK");
        }
    }

    private static long ftsCount(Database db, String query) throws Exception {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM job_posting_fts WHERE job_posting_fts MATCH '" + query + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Application application(String title) {
        Instant now = Instant.now();
        return new Application(null, null, null, "Acme", title, ApplicationStatus.APPLIED, null, null, null, null, null, null,
                null, null, now, now);
    }
}
