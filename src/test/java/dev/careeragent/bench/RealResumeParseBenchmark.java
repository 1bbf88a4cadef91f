package dev.careeragent.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import dev.careeragent.resume.ParsedResume;
import dev.careeragent.resume.ResumeParser;

/**
 * Warm parse time of every real test resume (src/test/resources/realdata/resumes, PDF and DOCX), one per call in
 * turn; the sampled median (p0.50) is the "resume parse median < 30 ms warm over all test resumes".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RealResumeParseBenchmark {

    private final ResumeParser parser = new ResumeParser();
    private final List<byte[]> files = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() throws IOException {
        for (String line : read("labels.csv").split("\r?\n")) {
            String file = line.split(",", 2)[0];
            if (!file.isBlank() && !file.equals("file")) {
                byte[] bytes = readBytes("resumes/" + file);
                try {
                    parser.parse(bytes, file);
                } catch (Exception refused) {
                    continue; // a file the parser refuses (over a size limit) is not a parse to time
                }
                names.add(file);
                files.add(bytes);
            }
        }
    }

    @Benchmark
    public ParsedResume realResumesInTurn() throws Exception {
        int i = next++ % files.size();
        return parser.parse(files.get(i), names.get(i));
    }

    private static String read(String name) throws IOException {
        return new String(readBytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(String name) throws IOException {
        try (InputStream in = RealResumeParseBenchmark.class.getResourceAsStream("/realdata/" + name)) {
            if (in == null) {
                throw new IOException("Missing test resource /realdata/" + name);
            }
            return in.readAllBytes();
        }
    }
}
