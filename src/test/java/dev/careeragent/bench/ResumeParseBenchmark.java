package dev.careeragent.bench;

import dev.careeragent.resume.ParsedResume;
import dev.careeragent.resume.ResumeParser;
import dev.careeragent.resume.ResumeSkills;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resume parsing speed (issue targets: a two-page PDF under 150 ms warm, at least 10 resumes a second):
 * the RenderCV two-page PDF alone, the corpus PDFs round robin, and parse plus skills (what an import does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ResumeParseBenchmark {

    private final ResumeParser parser = new ResumeParser();
    private ResumeSkills skills;
    private byte[] twoPages;
    private final List<byte[]> pdfs = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() throws Exception {
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        skills = new ResumeSkills(taxonomy, new SkillExtractor(taxonomy));
        twoPages = Files.readAllBytes(Corpus.file("resumes/pdf/rendercv__John_Doe_ClassicTheme_CV.pdf"));
        try (Stream<Path> files = Files.list(Corpus.root().resolve("resumes/pdf"))) {
            for (Path file : files.sorted().toList()) {
                pdfs.add(Files.readAllBytes(file));
            }
        }
    }

    @Benchmark
    public ParsedResume twoPagePdf() throws Exception {
        return parser.parse(twoPages, "cv.pdf");
    }

    /** One corpus PDF per call; resumes a second = 1000 / the average ms. */
    @Benchmark
    public ParsedResume corpusPdfsRoundRobin() throws Exception {
        byte[] pdf = pdfs.get(next++ % pdfs.size());
        return parser.parse(pdf, "cv.pdf");
    }

    @Benchmark
    public int twoPagePdfWithSkills() throws Exception {
        return skills.find(parser.parse(twoPages, "cv.pdf").resume()).size();
    }
}
