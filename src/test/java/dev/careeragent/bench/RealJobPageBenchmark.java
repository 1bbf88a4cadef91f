package dev.careeragent.bench;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.skills.RequirementExtractor;
import dev.careeragent.skills.SkillExtractor;
import dev.careeragent.skills.SkillTaxonomy;
import dev.careeragent.sources.PageJobs;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.catalog.JobPageParser;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code job parse --json} computes on real saved pages: the page read (site recognition, fields from their
 * evidence) plus the skills each posting asks for. Goal: under 50 ms warm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RealJobPageBenchmark {

    @Param({"crawlerlm_greenhouse_anthropic", "crawlerlm_linkedin_grab", "crawlerlm_indeedsg_food",
            "crawlerlm_glassdoor_library", "swde_monster_0000", "se_uppsala", "h3_linkedin_search_loggedin"})
    public String page;

    private JobPageParser parser;
    private RequirementExtractor requirements;
    private String html;

    @Setup
    public void setUp() {
        parser = new JobPageParser(new PostingNormalizer(Clock.systemUTC()), Clock.systemUTC());
        requirements = new RequirementExtractor(new SkillExtractor(SkillTaxonomy.loadDefault()));
        html = SourceTesting.resource("/realdata/jobs/" + page + ".html");
    }

    @Benchmark
    public int jobParse() {
        PageJobs jobs = parser.read(html, null);
        int skills = 0;
        for (JobPosting p : jobs.postings()) {
            skills += requirements.extract(p).required().size();
        }
        return skills;
    }
}
