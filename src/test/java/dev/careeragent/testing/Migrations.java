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
}
