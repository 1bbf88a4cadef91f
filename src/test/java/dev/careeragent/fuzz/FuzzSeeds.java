package dev.careeragent.fuzz;

import dev.careeragent.testing.HostileFiles;
import dev.careeragent.testing.LegacyWordFile;
import dev.careeragent.testing.SyntheticResume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files mutations start from: small documents built here (always there), the smallest fixtures of
 * src/test/resources, and the smallest files of ../shared/corpus when it is present (then more kinds of layout).
 */
final class FuzzSeeds {

    /** One starting file for one reader. */
    record Seed(FuzzTarget target, String name, byte[] bytes) {
    }

    private static final String TEXT_RESUME = """
            Jane Doe
            jane.doe@example.com | +1 555 0100 | https://github.com/janedoe
            Summary
            Backend engineer with 8 years of Java, Spring Boot and PostgreSQL.
            Experience
            Senior Engineer, Acme Corp, 2019 - Present
            - Built a payments service in Java 17 and Kubernetes
            Education
            BSc Computer Science, State University, 2014
            Skills
            Java, Kotlin, SQL, Docker, AWS
            """;

    private FuzzSeeds() {
    }

    static List<Seed> all() {
        List<Seed> seeds = new ArrayList<>();
        for (FuzzTarget target : FuzzTarget.all()) {
            switch (target.name()) {
                case "resume-pdf" -> {
                    seeds.add(new Seed(target, "synthetic.pdf", SyntheticResume.pdf()));
                    smallest(target, resource("/realdata/resumes"), ".pdf", 2, seeds);
                    smallest(target, corpus("resumes/pdf"), ".pdf", 2, seeds);
                }
                case "resume-docx" -> {
                    seeds.add(new Seed(target, "minimal.docx", HostileFiles.docx(TEXT_RESUME.lines()
                            .map(l -> "<w:p><w:r><w:t>" + l + "</w:t></w:r></w:p>").reduce("", String::concat)
                            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Java</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")));
                    smallest(target, resource("/realdata/resumes"), ".docx", 2, seeds);
                    smallest(target, corpus("resumes/docx"), ".docx", 1, seeds);
                }
                case "resume-doc" -> seeds.add(new Seed(target, "legacy.doc", LegacyWordFile.of(TEXT_RESUME.lines().toList())));
                case "resume-txt" -> seeds.add(new Seed(target, "resume.txt", TEXT_RESUME.getBytes(StandardCharsets.UTF_8)));
                case "job-page" -> {
                    smallest(target, resource("/dev/careeragent/sources/web"), ".html", 2, seeds);
                    smallest(target, resource("/realdata/jobs"), ".html", 3, seeds);
                    smallest(target, corpus("jobs/html"), ".html", 2, seeds);
                }
                case "job-api-greenhouse" -> smallest(target, resource("/dev/careeragent/sources/api"), "greenhouse_jobs.json", 1, seeds);
                case "job-api-lever" -> smallest(target, resource("/dev/careeragent/sources/api"), "lever_postings.json", 1, seeds);
                default -> throw new IllegalStateException("No seeds for " + target.name());
            }
        }
        return seeds;
    }

    private static void smallest(FuzzTarget target, Path folder, String ending, int count, List<Seed> seeds) {
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(ending))
                    .sorted(Comparator.comparingLong(FuzzSeeds::size).thenComparing(Path::toString)).limit(count).toList()) {
                seeds.add(new Seed(target, file.getFileName().toString(), Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    static Path resource(String name) {
        URL url = FuzzSeeds.class.getResource(name);
        try {
            return url == null ? null : Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A corpus folder, or null when ../shared/corpus is absent (the fuzz run then uses the other seeds). */
    private static Path corpus(String relative) {
        Path root = Path.of(System.getProperty("careeragent.corpus", "../shared/corpus")).toAbsolutePath().normalize();
        return Files.isDirectory(root) ? root.resolve(relative) : null;
    }
}
