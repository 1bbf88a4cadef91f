package dev.careeragent.bench;

import dev.careeragent.context.Entities;
import dev.careeragent.jobs.store.JobPostingRepository;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Bench helper: creates a data folder holding N real postings (repeated from the Glassdoor CSV).
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.careeragent.bench.SeedDataFolder -Dexec.args="/tmp/ca-10k 10000"}
 */
public final class SeedDataFolder {

    private SeedDataFolder() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (Database db = Database.open(folder.resolve("career-agent.db"),
                new DatabaseBackups(folder.resolve("backups"), Clock.systemUTC()), Entities.ALL)) {
            long start = System.nanoTime();
            new JobPostingRepository(db, Clock.systemUTC()).insertAll(GlassdoorCsv.scaledTo(count));
            System.out.printf("Stored %d postings in %d ms into %s%n", count, (System.nanoTime() - start) / 1_000_000, db.file());
        }
    }
}
