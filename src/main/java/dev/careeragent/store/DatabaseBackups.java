package dev.careeragent.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import dev.careeragent.core.guard.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timestamped copies of the database, taken before migrations; the newest {@value #KEEP} are kept.
 * Copies use {@code VACUUM INTO}, which gives a consistent file even while WAL holds recent writes.
 */
public final class DatabaseBackups {

    public static final int KEEP = 5;
    public static final String SEALED = ".db.enc";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path folder;
    private final Clock clock;

    public DatabaseBackups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Encrypts or decrypts a whole backup file (the app lock's key; see security.FileSealing). */
    @FunctionalInterface
    public interface FileCipher {
        void apply(Path from, Path to) throws IOException;
    }

    /** Backs up the database file {@code database} now, encrypted by {@code seal} into a {@value #SEALED} file. */
    public Path backUpEncrypted(Path database, String reason, FileCipher seal) throws IOException, SQLException {
        Path plain = backUpFile(database, reason);
        Path sealed = plain.resolveSibling(plain.getFileName() + ".enc");
        try {
            seal.apply(plain, sealed);
        } finally {
            Files.deleteIfExists(plain);
        }
        LOG.info("Encrypted the backup as {}", sealed);
        return sealed;
    }

    /** Backs up the database file {@code database} now (its own connection; the app may be running). */
    public Path backUpFile(Path database, String reason) throws IOException, SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            return backUp(connection, reason);
        }
    }

    public static boolean encrypted(Path backup) {
        return backup.getFileName().toString().endsWith(SEALED);
    }

    public Path backUp(Connection connection, String reason) throws IOException, SQLException {
        Files.createDirectories(folder);
        OwnerOnly.restrict(folder);
        Path target = folder.resolve("career-agent-" + STAMP.format(LocalDateTime.now(clock)) + "-" + reason + ".db");
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        }
        OwnerOnly.restrict(target);
        LOG.info("Backed up the database to {}", target);
        prune();
        return target;
    }

    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".db") || encrypted(f))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            LOG.warn("Could not list backups in {}", folder, e);
            return List.of();
        }
    }

    public Optional<Path> latest() {
        return list().stream().findFirst();
    }

    /**
     * Puts {@code backup} in place of {@code database}. The current file (and its WAL) are moved aside
     * with a timestamp, never overwritten.
     */
    public Path restore(Path backup, Path database) throws IOException {
        if (encrypted(backup)) {
            throw new IOException(backup.getFileName() + " is encrypted. Restore it with your app-lock password.");
        }
        return restore(backup, database, Files::copy);
    }

    /** As {@link #restore(Path, Path)}; {@code open} decrypts an encrypted backup (checked before anything moves). */
    public Path restore(Path backup, Path database, FileCipher open) throws IOException {
        Path opened = Files.createTempFile(database.toAbsolutePath().getParent(), ".restore", ".db");
        Files.delete(opened);
        open.apply(backup, opened);
        String stamp = STAMP.format(LocalDateTime.now(clock));
        Path aside = database.resolveSibling(database.getFileName() + ".damaged-" + stamp);
        if (Files.exists(database)) {
            Files.move(database, aside);
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = database.resolveSibling(database.getFileName() + suffix);
            if (Files.exists(side)) {
                Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        Files.move(opened, database);
        LOG.warn("Restored {} from backup {}; the previous file is kept as {}", database, backup, aside);
        return aside;
    }

    private void prune() throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }
}
