package dev.careeragent.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The newest schema version the app's Flyway migrations reach, so tests need no edit when a feature adds one. */
public final class Migrations {

    /** SQL migrations and Java ones (compiled into the same folder), versions like 7 or 7_1 (shown as 7.1). */
    private static final Pattern VERSION = Pattern.compile("^V(\\d+)(?:_(\\d+))?__.*\\.(sql|class)$");

    private Migrations() {
    }

    public static String latestVersion() {
        try (Stream<Path> files = Files.list(Path.of(Migrations.class.getResource("/db/migration").toURI()))) {
            Matcher latest = files.map(f -> VERSION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .max(Comparator.<Matcher>comparingInt(m -> Integer.parseInt(m.group(1)))
                            .thenComparingInt(m -> m.group(2) == null ? 0 : Integer.parseInt(m.group(2))))
                    .orElseThrow();
            return latest.group(1) + (latest.group(2) == null ? "" : "." + latest.group(2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Creates {@code dir/career-agent.db} migrated with every SQL migration except those whose file name starts with
     * {@code leftOut} (e.g. "V14__"): a data folder from before that migration, which opening must bring up out of order.
     */
    public static String databaseWithout(Path dir, String leftOut) throws IOException, URISyntaxException {
        Path before = dir.resolve("migrations-before-" + leftOut);
        Files.createDirectories(before);
        try (Stream<Path> files = Files.list(Path.of(Migrations.class.getResource("/db/migration").toURI()))) {
            for (Path sql : files.filter(f -> f.toString().endsWith(".sql") && !f.getFileName().toString().startsWith(leftOut)).toList()) {
                Files.copy(sql, before.resolve(sql.getFileName()));
            }
        }
        String url = "jdbc:sqlite:" + dir.resolve("career-agent.db");
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null).locations("filesystem:" + before).load().migrate();
        return url;
    }
}
