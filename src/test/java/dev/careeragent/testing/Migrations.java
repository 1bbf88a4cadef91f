package dev.careeragent.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The newest schema version the app's migrations create, so tests need no edit when a feature adds one. */
public final class Migrations {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private Migrations() {
    }

    public static String latestVersion() {
        URL folder = Migrations.class.getClassLoader().getResource("db/migration");
        if (folder == null) {
            throw new IllegalStateException("No db/migration folder on the class path");
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return String.valueOf(files.map(f -> VERSION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
