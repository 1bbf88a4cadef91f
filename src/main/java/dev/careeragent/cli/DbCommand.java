package dev.careeragent.cli;

import dev.careeragent.security.AppLock;
import dev.careeragent.security.FileSealing;
import dev.careeragent.security.SecretVaults;
import dev.careeragent.store.DatabaseBackups;
import java.io.IOException;
import javax.crypto.SecretKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code career-agent db backups|restore}: list the automatic backups, or put one back in place. */
@Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent db backups", "  career-agent db backup --encrypt", "  career-agent db restore", "  career-agent db restore --backup ~/backups/career-agent-2026-03-01.db"},
        name = "db", description = "Database backups.", subcommands = {DbCommand.Backups.class, DbCommand.Backup.class, DbCommand.Restore.class})
final class DbCommand {

    @ParentCommand
    CareerAgentCommand root;

    DatabaseBackups backups() {
        return new DatabaseBackups(root.dataFolder().backups(), Clock.systemDefaultZone());
    }

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent db backups"},
        name = "backups", description = "List the backups, newest first.")
    static final class Backups implements Callable<Integer> {
        @ParentCommand DbCommand db;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            List<Path> all = db.backups().list();
            PrintWriter out = spec.commandLine().getOut();
            if (all.isEmpty()) {
                out.println("No backups yet. One is made automatically before each database upgrade.");
            }
            all.forEach(out::println);
            out.flush();
            return 0;
        }
    }

    /** The key encrypted backups use: the app lock's vault key, unlocked by the password when the lock is on. */
    SecretKey backupKey(char[] password) throws IOException {
        AppLock lock = new AppLock(root.dataFolder().root(), SecretVaults.keyringOnce(), Clock.systemDefaultZone());
        if (lock.passwordSet()) {
            char[] given = password != null ? password
                    : System.console() != null ? System.console().readPassword("App-lock password: ") : null;
            if (given == null || given.length == 0) {
                throw new IOException("The app lock is on: give its password (--password) to encrypt or restore a backup.");
            }
            AppLock.Attempt attempt = lock.unlock(given);
            if (!attempt.unlocked()) {
                throw new IOException(attempt.message());
            }
        }
        return lock.vaultKey();
    }

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent db backup", "  career-agent db backup --encrypt"},
        name = "backup", description = "Back up the database now; --encrypt seals the copy with your app-lock key.")
    static final class Backup implements Callable<Integer> {
        @ParentCommand DbCommand db;
        @Spec CommandSpec spec;
        @Option(names = "--encrypt", description = "Encrypt the backup (restore then asks for the app-lock password).")
        boolean encrypt;
        @Option(names = "--password", interactive = true, arity = "0..1", description = "The app-lock password (asked when omitted).")
        char[] password;

        @Override
        public Integer call() throws Exception {
            Path database = db.root.dataFolder().database();
            Path made;
            try {
                made = encrypt
                    ? db.backups().backUpEncrypted(database, "manual", (from, to) -> FileSealing.seal(from, to, db.backupKey(password)))
                    : db.backups().backUpFile(database, "manual");
            } catch (IOException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            spec.commandLine().getOut().println("Backed up to " + made);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent db restore", "  career-agent db restore --backup FILE"},
        name = "restore", description = "Replace the database with a backup (the current file is kept aside, never deleted).")
    static final class Restore implements Callable<Integer> {
        @ParentCommand DbCommand db;
        @Spec CommandSpec spec;
        @Option(names = "--backup", paramLabel = "FILE", description = "Backup to restore (default: the newest).")
        Path backup;
        @Option(names = "--password", interactive = true, arity = "0..1", description = "The app-lock password, for an encrypted backup.")
        char[] password;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            var chosen = backup != null ? java.util.Optional.of(backup) : db.backups().latest();
            if (chosen.isEmpty()) {
                spec.commandLine().getErr().println("There is no backup to restore.");
                return 1;
            }
            Path database = db.root.dataFolder().database();
            Path aside;
            try {
                aside = DatabaseBackups.encrypted(chosen.get())
                        ? db.backups().restore(chosen.get(), database, (from, to) -> FileSealing.open(from, to, db.backupKey(password)))
                        : db.backups().restore(chosen.get(), database);
            } catch (IOException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            out.println("Restored " + chosen.get().getFileName() + ". The previous database is kept as " + aside + ".");
            out.flush();
            return 0;
        }
    }
}
