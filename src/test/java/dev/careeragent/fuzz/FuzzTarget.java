package dev.careeragent.fuzz;

import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.read.ResumeImportException;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.catalog.JobPageParser;
import dev.careeragent.sources.greenhouse.GreenhouseApiParser;
import dev.careeragent.sources.lever.LeverApiParser;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A reader under fuzz: what it is called (also the folder of its regression files), the file extension it is
 * given, how it reads bytes, and the one exception that is its "clear line" for the user.
 */
record FuzzTarget(String name, String extension, Reader reader, Class<? extends Exception> clearFailure) {

    @FunctionalInterface
    interface Reader {
        Object read(byte[] input) throws Exception;
    }

    static final String PAGE_URL = "https://jobs.example.com/openings/42";

    static List<FuzzTarget> all() {
        ResumeParser resumes = new ResumeParser();
        JobPageParser pages = new JobPageParser(SourceTesting.normalizer(), SourceTesting.CLOCK);
        GreenhouseApiParser greenhouse = new GreenhouseApiParser(SourceTesting.normalizer());
        LeverApiParser lever = new LeverApiParser(SourceTesting.normalizer());
        return List.of(
                resume("resume-pdf", "pdf", resumes),
                resume("resume-docx", "docx", resumes),
                resume("resume-doc", "doc", resumes),
                resume("resume-txt", "txt", resumes),
                new FuzzTarget("job-page", "html", bytes -> pages.parse(utf8(bytes), PAGE_URL), JobPageParseException.class),
                new FuzzTarget("job-api-greenhouse", "json", bytes -> greenhouse.parse(utf8(bytes), null),
                        JobPageParseException.class),
                new FuzzTarget("job-api-lever", "json", bytes -> lever.parse(utf8(bytes), null), JobPageParseException.class));
    }

    static FuzzTarget named(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No fuzz target " + name));
    }

    private static FuzzTarget resume(String name, String extension, ResumeParser parser) {
        return new FuzzTarget(name, extension, bytes -> parser.parse(bytes, "resume." + extension), ResumeImportException.class);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
