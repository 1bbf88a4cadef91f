package dev.careeragent.sources;

import dev.careeragent.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fixed clock, normaliser and file reading for parser tests. */
public final class SourceTesting {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    private SourceTesting() {
    }

    public static PostingNormalizer normalizer() {
        return new PostingNormalizer(CLOCK);
    }

    public static String corpus(String relative) {
        try {
            return Files.readString(Corpus.file(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resource(String name) {
        try (var in = SourceTesting.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
