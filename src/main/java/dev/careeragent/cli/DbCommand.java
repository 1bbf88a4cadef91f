package dev.careeragent.cli;

import dev.careeragent.store.DatabaseBackups;
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
@Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent db backups", "  career-agent db restore", "  career-agent db restore --backup ~/backups/career-agent-2026-03-01.db"},
        name = "db", description = "Database backups.", subcommands = {DbCommand.Backups.class, DbCommand.Restore.class})
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

    @Command(mixinStandardHelpOptions = true, footer = {"", "Examples:", "  career-agent db restore", "  career-agent db restore --backup FILE"},
        name = "restore", description = "Replace the database with a backup (the current file is kept aside, never deleted).")
    static final class Restore implements Callable<Integer> {
        @ParentCommand DbCommand db;
        @Spec CommandSpec spec;
        @Option(names = "--backup", paramLabel = "FILE", description = "Backup to restore (default: the newest).")
        Path backup;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            var chosen = backup != null ? java.util.Optional.of(backup) : db.backups().latest();
            if (chosen.isEmpty()) {
                spec.commandLine().getErr().println("There is no backup to restore.");
                return 1;
            }
            Path aside = db.backups().restore(chosen.get(), db.root.dataFolder().database());
            out.println("Restored " + chosen.get().getFileName() + ". The previous database is kept as " + aside + ".");
            out.flush();
            return 0;
        }
    }
}
