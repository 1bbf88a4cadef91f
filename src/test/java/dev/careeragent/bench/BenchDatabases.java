package dev.careeragent.bench;

import dev.careeragent.context.Entities;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.SalaryParser;
import dev.careeragent.store.Database;
import dev.careeragent.store.DatabaseBackups;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Fresh app databases in temporary folders for benchmarks, and postings that are all different jobs. */
public final class BenchDatabases {

    private BenchDatabases() {
    }

    public static Database fresh(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            return Database.open(folder.resolve("career-agent.db"), new DatabaseBackups(folder.resolve("backups"),
                    Clock.systemUTC()), Entities.ALL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Database database) {
        database.close();
        try (Stream<Path> files = Files.walk(database.file().getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code count} real postings where each repeat of the 956 CSV rows is placed in another town, so no two are
     * the same job (the same text at another place is another opening) and every one is stored as new; salaries are
     * parsed from the CSV's estimate text as the app's normaliser does.
     */
    public static List<JobPosting> distinctJobs(int count) {
        List<JobPosting> copies = GlassdoorCsv.scaledTo(count);
        List<JobPosting> distinct = new ArrayList<>(count);
        SalaryParser salaries = new SalaryParser();
        for (int i = 0; i < copies.size(); i++) {
            JobPosting p = copies.get(i);
            String town = "Town " + (i / 956) + (p.city() == null ? "" : " " + p.city());
            JobPosting.Builder b = p.toBuilder().city(town).location(town + (p.region() == null ? "" : ", " + p.region()));
            salaries.parse(p.salaryText(), null).ifPresent(s -> b.salaryMin(s.min()).salaryMax(s.max())
                    .salaryCurrency(s.currency()).salaryPeriod(s.period()));
            distinct.add(b.build());
        }
        return distinct;
    }
}
