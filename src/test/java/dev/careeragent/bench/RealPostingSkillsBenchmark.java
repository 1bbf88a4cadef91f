package dev.careeragent.bench;

import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.sources.SourceTesting;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Required and preferred skills (with years) from each of the 130 labelled real postings. Goal: under 5 ms each. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RealPostingSkillsBenchmark {

    /** The labelled postings whose skill spans the accuracy report scores. */
    static final int POSTINGS = 175;

    private RequirementExtractor requirements;
    private List<String> postings;

    @Setup
    public void setUp() {
        requirements = new RequirementExtractor(new SkillExtractor(SkillTaxonomy.loadDefault()));
        postings = Stream.of(SourceTesting.resource("/realdata/skills/labels.csv").split("\n")).skip(1)
                .map(line -> line.split(",", 2)[0].strip()).filter(f -> f.endsWith(".txt")).distinct()
                .map(f -> SourceTesting.resource("/realdata/skills/" + f)).toList();
        if (postings.size() != POSTINGS) {
            throw new IllegalStateException("expected " + POSTINGS + " labelled postings, found " + postings.size());
        }
    }

    @Benchmark
    @OperationsPerInvocation(POSTINGS)
    public int skillsPerPosting() {
        int skills = 0;
        for (String text : postings) {
            skills += requirements.extract(text).required().size();
        }
        return skills;
    }
}
