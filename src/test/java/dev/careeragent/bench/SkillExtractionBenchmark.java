package dev.careeragent.bench;

import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Skill extraction from a 1,000-word resume text (target: well under 5 ms warm). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SkillExtractionBenchmark {

    private SkillExtractor extractor;
    private String thousandWords;

    @Setup
    public void setUp() throws IOException {
        extractor = new SkillExtractor(SkillTaxonomy.loadDefault());
        String resume = Files.readString(Corpus.file("resumes/text/soupboss__sample_resume.txt"));
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (String word : (resume + " ").repeat(20).split("\\s+")) {
            if (words++ == 1000) {
                break;
            }
            text.append(word).append(words % 12 == 0 ? '\n' : ' ');
        }
        thousandWords = text.toString();
    }

    @Benchmark
    public int extractFromThousandWords() {
        return extractor.extract(thousandWords, "bench").size();
    }

    @Benchmark
    public SkillTaxonomy loadTaxonomy() {
        return SkillTaxonomy.loadDefault();
    }
}
