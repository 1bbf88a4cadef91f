package dev.careeragent.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Mutation fuzzing of the file readers (resume PDF, DOCX, DOC and text; job pages; job APIs). Each mutated input
 * must end in a result or the reader's clear one-line exception within the CPU budget. A finding is saved under
 * src/test/resources/fuzz/regressions/TARGET/ and replayed by {@link #savedFindingsEndInAParseOrAClearLine}
 * from then on. The default run is short and seeded ({@code careeragent.fuzz.mutations}, default 200;
 * {@code careeragent.fuzz.seed}); the bench profile runs 5,000: {@code ./mvnw -Pbench test -Dtest=ReaderFuzzTest}.
 */
class ReaderFuzzTest {

    private static final Path REGRESSIONS = Path.of("src/test/resources/fuzz/regressions");

    @Test
    void mutatedFilesEndInAParseOrAClearLineWithinTheBudget() throws IOException {
        int mutations = Integer.getInteger("careeragent.fuzz.mutations", 200);
        long seed = Long.getLong("careeragent.fuzz.seed", 20_261_207L);
        List<FuzzSeeds.Seed> seeds = FuzzSeeds.all();
        assertThat(seeds).extracting(s -> s.target().name()).contains("resume-pdf", "resume-docx", "resume-doc",
                "resume-txt", "job-page", "job-api-greenhouse", "job-api-lever");
        List<String> findings = new ArrayList<>();
        Map<String, int[]> tally = new TreeMap<>(); // target -> {parsed, clear, findings, max CPU ms}
        try (FuzzRunner runner = new FuzzRunner()) {
            for (int i = 0; i < mutations; i++) {
                FuzzSeeds.Seed start = seeds.get(i % seeds.size());
                Mutator.Mutation mutation = new Mutator(seed + i).mutate(start.bytes());
                FuzzRunner.Verdict verdict = runner.run(start.target(), mutation.bytes());
                int[] counts = tally.computeIfAbsent(start.target().name(), k -> new int[4]);
                counts[verdict.finding() ? 2 : verdict.outcome().equals("parsed") ? 0 : 1]++;
                counts[3] = (int) Math.max(counts[3], verdict.cpuMillis());
                if (verdict.finding()) {
                    findings.add(start.target().name() + " " + start.name() + " #" + i + " " + mutation.op() + " -> "
                            + verdict.outcome() + save(start.target(), mutation));
                }
            }
        }
        tally.forEach((target, c) -> System.out.printf("fuzz %-20s parsed %4d  clear %4d  findings %3d  max CPU %5d ms%n",
                target, c[0], c[1], c[2], c[3]));
        assertThat(findings).as("inputs that crashed, hung or gave an unclear message (saved as regression files)").isEmpty();
    }

    /** Saves a finding where the replay test finds it; only when the test runs in the source tree. */
    private static String save(FuzzTarget target, Mutator.Mutation mutation) throws IOException {
        if (!Files.isDirectory(REGRESSIONS)) {
            return "";
        }
        Path file = REGRESSIONS.resolve(target.name()).resolve(mutation.op() + "-" + sha(mutation.bytes()) + "."
                + target.extension());
        Files.createDirectories(file.getParent());
        Files.write(file, mutation.bytes());
        return " (saved as " + file + ")";
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> savedFindingsEndInAParseOrAClearLine() throws IOException {
        Path saved = FuzzSeeds.resource("/fuzz/regressions");
        assertThat(saved).as("the regression folder is on the test class path").isNotNull();
        FuzzRunner runner = new FuzzRunner();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(saved)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(saved.relativize(file).toString(), () -> {
            FuzzTarget target = FuzzTarget.named(file.getParent().getFileName().toString());
            FuzzRunner.Verdict verdict = runner.run(target, Files.readAllBytes(file));
            assertThat(verdict.finding()).as("%s: %s", file.getFileName(), verdict.outcome()).isFalse();
        })).onClose(runner::close);
    }
}
