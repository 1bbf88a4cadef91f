package dev.careeragent.bench;

import dev.careeragent.letters.LetterFacts;
import dev.careeragent.letters.LetterFactsBuilder;
import dev.careeragent.letters.LetterFixtures;
import dev.careeragent.letters.LetterOptions;
import dev.careeragent.letters.TemplateLetter;
import dev.careeragent.letters.guard.FactSources;
import dev.careeragent.letters.guard.GuardReport;
import dev.careeragent.skills.RequirementExtractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Template letter from scratch (requirements extracted from the posting, matched to the resume's evidence,
 * written; target under 100 ms) and the fabrication check of one letter (target under 20 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LetterBenchmark {

    private LetterFactsBuilder builder;
    private String letter;

    @Setup
    public void setUp() {
        builder = new LetterFactsBuilder(new RequirementExtractor(LetterFixtures.SKILLS));
        letter = new TemplateLetter().write(LetterFixtures.facts(), LetterOptions.defaults())
                + "\nAt Globex I earned an MBA in 2012 and grew revenue by 250% with Rust and Kubernetes.";
    }

    @Benchmark
    public String templateLetter() {
        LetterFacts facts = builder.build(LetterFixtures.RESUME, LetterFixtures.RESUME_SKILLS, LetterFixtures.POSTING, null);
        return new TemplateLetter().write(facts, LetterOptions.defaults());
    }

    @Benchmark
    public GuardReport fabricationCheck() {
        return LetterFixtures.GUARD.check(letter, new FactSources(LetterFixtures.RESUME, LetterFixtures.RESUME_SKILLS, LetterFixtures.POSTING));
    }
}
