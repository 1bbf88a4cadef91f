package dev.careeragent.accuracy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.accuracy.JobPageAccuracy.Outcome;
import dev.careeragent.accuracy.JobPageAccuracy.Score;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of "any job page" on 40 hand-labelled real pages (docs/ACCURACY.md, "Job pages"): prints a table per
 * split and every miss, and holds the development part to the level reached so a regression fails.
 */
class JobPageAccuracyReportTest {

    @Test
    void titleCompanyAndLocationOnRealPages() {
        List<Outcome> outcomes = JobPageAccuracy.run(JobPageAccuracy.parser());
        Map<String, Score> scores = JobPageAccuracy.score(outcomes);
        System.out.println(AccuracyTable.jobPages(scores));
        outcomes.stream().filter(o -> !(o.title() && o.company() && o.location())).forEach(o -> System.out.printf(
                "MISS %-8s %-45s title=%s | company=%s | location=%s%s%n", o.label().split(), o.label().file(),
                o.parsed() == null ? "-" : o.parsed().title(), o.parsed() == null ? "-" : o.parsed().company(),
                o.parsed() == null ? "-" : o.parsed().location(), o.error() == null ? "" : " | error=" + o.error()));
        Score dev = scores.get("dev");
        assertThat(dev.pages()).isEqualTo(26);
        assertThat(scores.get("holdout").pages()).isEqualTo(14);
        assertThat(scores.get("holdout2").pages()).isEqualTo(7);
        assertThat(dev.rate(dev.titles())).as("dev titles").isGreaterThanOrEqualTo(0.95);
        assertThat(dev.rate(dev.companies())).as("dev companies").isGreaterThanOrEqualTo(0.95);
        assertThat(dev.rate(dev.locations())).as("dev locations").isGreaterThanOrEqualTo(0.95);
        Score holdout = scores.get("holdout");
        assertThat(holdout.rate(holdout.titles())).as("set-aside titles (measured, not tuned)").isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void cardsOnRealSearchAndBoardPages() {
        List<JobCardAccuracy.Outcome> outcomes = JobCardAccuracy.run(JobPageAccuracy.parser());
        System.out.println(JobCardAccuracy.table(outcomes));
        outcomes.forEach(o -> System.out.println("CARDS " + o.line()));
        assertThat(outcomes).hasSize(13);
    }
}
