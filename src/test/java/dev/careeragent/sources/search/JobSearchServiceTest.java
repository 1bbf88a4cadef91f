package dev.careeragent.sources.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.careeragent.jobs.JobPosting.RemoteMode;
import dev.careeragent.jobs.PostingLink;
import dev.careeragent.sources.LoopbackSite.Reply;
import dev.careeragent.sources.SearchCriteria;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.himalayas.HimalayasSource;
import dev.careeragent.sources.jobicy.JobicySource;
import dev.careeragent.sources.remotive.RemotiveSource;
import dev.careeragent.sources.search.SourceOutcome.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job APIs end to end over HTTP on 127.0.0.1, with the corpus answers at the real paths. */
class JobSearchServiceTest {

    private static final List<String> APIS = List.of("remotive", "remoteok", "arbeitnow", "hackernews", "greenhouse");

    @TempDir
    Path dir;

    private SearchRig rig;

    @BeforeEach
    void start() {
        rig = new SearchRig(dir);
        rig.serveApis();
        rig.sources(s -> s.companyBoards("greenhouse", List.of("acme", "missing")));
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private static Map<String, SourceOutcome> bySource(SearchRunResult result) {
        return result.outcomes().stream().collect(Collectors.toMap(SourceOutcome::sourceId, Function.identity()));
    }

    private static int jobsIn(String corpusFile, String arrayField) throws Exception {
        return new ObjectMapper().readTree(SourceTesting.corpus(corpusFile)).get(arrayField).size();
    }

    @Test
    void everyApiSourceIsSearchedStoredAndCredited() throws Exception {
        List<SourceOutcome> finished = new ArrayList<>();
        SearchRunResult result = rig.service().run(SearchCriteria.of("", null, 50), APIS, new SearchListener() {
            @Override
            public void sourceFinished(SourceOutcome outcome) {
                finished.add(outcome);
            }
        }, () -> false);

        Map<String, SourceOutcome> outcomes = bySource(result);
        assertThat(finished).extracting(SourceOutcome::sourceId).containsExactlyElementsOf(APIS);
        assertThat(outcomes.get("remotive").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(outcomes.get("remotive").found()).isEqualTo(jobsIn("jobs/json/api/remote-jobs-collector__remotive.json", "jobs"));
        assertThat(outcomes.get("remoteok").found()).isEqualTo(4);
        assertThat(outcomes.get("arbeitnow").found()).isEqualTo(2);
        assertThat(outcomes.get("hackernews").found()).as("top-level job comments only, not the reply").isEqualTo(5);
        SourceOutcome greenhouse = outcomes.get("greenhouse");
        assertThat(greenhouse.status()).as("the wrong board is reported, the good one still read").isEqualTo(Status.PARTIAL);
        assertThat(greenhouse.found()).isEqualTo(2);
        assertThat(greenhouse.message()).contains("404");
        assertThat(rig.site.hits("/api/job-board-api")).extracting(hit -> hit.param("page")).containsExactly("1", "2");
        assertThat(rig.site.hits("/api/v1/search")).first().satisfies(hit ->
                assertThat(hit.param("tags")).isEqualTo("comment,story_" + SearchRig.HN_STORY));

        assertThat(result.newCount()).isEqualTo(result.found() - result.duplicates());
        assertThat(rig.postings.countActive()).isEqualTo(result.newCount());
        assertThat(rig.stored).singleElement().satisfies(event ->
                assertThat(event.postingIds()).containsExactlyElementsOf(result.newPostingIds()));
        long remotiveJob = result.foundPostingIds().get(0);
        assertThat(rig.postings.links(remotiveJob)).extracting(PostingLink::attribution)
                .containsExactly(RemotiveSource.ATTRIBUTION);
    }

    @Test
    void jobicyAndHimalayasAreSearchedPageByPageAndCredited() throws Exception {
        int jobicyJobs = jobsIn("jobs/json/api/remote-jobs-collector__jobicy.json", "jobs"); // skips without the corpus
        int himalayasJobs = jobsIn("jobs/json/api/remote-jobs-collector__himalayas.json", "jobs");
        SearchRunResult result = rig.service().run(SearchCriteria.of("", null, 50), List.of("jobicy", "himalayas"),
                SearchListener.NONE, () -> false);

        Map<String, SourceOutcome> outcomes = bySource(result);
        assertThat(outcomes.get("jobicy").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(outcomes.get("jobicy").found()).isEqualTo(jobicyJobs);
        assertThat(outcomes.get("himalayas").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(outcomes.get("himalayas").found()).isEqualTo(himalayasJobs);
        assertThat(rig.site.hits("/api/v2/remote-jobs")).singleElement()
                .satisfies(hit -> assertThat(hit.param("count")).isEqualTo("100"));
        assertThat(rig.site.hits("/jobs/api")).extracting(hit -> hit.param("offset")).containsExactly("0", "20");
        long jobicyJob = result.foundPostingIds().get(0);
        assertThat(rig.postings.links(jobicyJob)).extracting(PostingLink::attribution)
                .containsExactly(JobicySource.ATTRIBUTION);
        assertThat(rig.postings.links(result.foundPostingIds().get(result.foundPostingIds().size() - 1)))
                .extracting(PostingLink::attribution).containsExactly(HimalayasSource.ATTRIBUTION);
    }

    @Test
    void aSecondRunFindsTheSameJobsAsDuplicatesAndRespectsRemotivesDailyLimit() {
        JobSearchService service = rig.service();
        SearchRunResult first = service.run(SearchCriteria.of("", null, 50), APIS, SearchListener.NONE, () -> false);
        rig.fetch.time.advance(Duration.ofHours(1));

        SearchRunResult second = rig.service().run(SearchCriteria.of("", null, 50), APIS, SearchListener.NONE, () -> false);

        SourceOutcome remotive = bySource(second).get("remotive");
        assertThat(remotive.status()).isEqualTo(Status.SKIPPED);
        assertThat(remotive.message()).contains("a few times a day");
        assertThat(rig.site.hits("/api/remote-jobs")).hasSize(1);
        assertThat(second.newCount()).isZero();
        assertThat(second.duplicates()).isEqualTo(second.found()).isEqualTo(first.found() - bySource(first).get("remotive").found());
        assertThat(rig.stored).hasSize(1);
    }

    @Test
    void failingSourcesAreReportedAndNeverStopTheOthers() {
        rig.site.serve("/api", hit -> Reply.text(503, "down for maintenance"));
        rig.site.serve("/api/job-board-api", hit -> Reply.json("{\"data\": [oops"));
        SearchRunResult result = rig.service().run(SearchCriteria.of("", null, 50),
                List.of("remoteok", "nosuchboard", "arbeitnow", "remotive", "linkedin", "lever"), SearchListener.NONE, () -> false);

        Map<String, SourceOutcome> outcomes = bySource(result);
        assertThat(outcomes.get("remoteok").status()).isEqualTo(Status.FAILED);
        assertThat(outcomes.get("remoteok").message()).contains("503");
        assertThat(rig.site.hits("/api")).as("5xx retried with backoff").hasSize(3);
        assertThat(outcomes.get("nosuchboard").message()).contains("no job source called \"nosuchboard\"");
        assertThat(outcomes.get("arbeitnow").status()).isEqualTo(Status.FAILED);
        assertThat(outcomes.get("arbeitnow").message()).contains("not valid JSON");
        assertThat(outcomes.get("linkedin").status()).isEqualTo(Status.SKIPPED);
        assertThat(outcomes.get("linkedin").message()).contains("terms", "Settings");
        assertThat(outcomes.get("lever").status()).isEqualTo(Status.SKIPPED);
        assertThat(outcomes.get("lever").message()).contains("board names");
        assertThat(outcomes.get("remotive").status()).isEqualTo(Status.SUCCEEDED);
        assertThat(rig.postings.countActive()).isEqualTo(outcomes.get("remotive").found()).isPositive();
        assertThat(result.summary()).as("each failed source named in one line").contains("Remote OK", "Arbeitnow").doesNotContain("\n");
        assertThat(rig.service().health()).filteredOn(h -> h.sourceId().equals("remoteok")).singleElement()
                .satisfies(h -> assertThat(h.lastError()).contains("503"));
    }

    @Test
    void keywordsLocationAndRemoteAreAppliedToFeedsLocally() {
        SearchCriteria criteria = new SearchCriteria("sales", "Berlin", null, Set.of(RemoteMode.REMOTE), null, Set.of(), 50);
        SearchRunResult result = rig.service().run(criteria, List.of("remotive", "arbeitnow"), SearchListener.NONE, () -> false);

        assertThat(rig.site.hits("/api/remote-jobs")).singleElement()
                .satisfies(hit -> assertThat(hit.param("search")).isEqualTo("sales"));
        assertThat(result.found()).isPositive();
        assertThat(bySource(result).get("arbeitnow").found()).as("on-site German jobs are not remote").isZero();
        assertThat(rig.postings.countActive()).isEqualTo(result.newCount());
    }

    @Test
    void cancellingStopsBeforeTheNextSource() {
        int[] finished = {0};
        SearchRunResult result = rig.service().run(SearchCriteria.of("", null, 50), APIS, new SearchListener() {
            @Override
            public void sourceFinished(SourceOutcome outcome) {
                finished[0]++;
            }
        }, () -> finished[0] >= 1);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.outcomes().get(0).status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.outcomes().subList(1, APIS.size())).allSatisfy(o -> assertThat(o.status()).isEqualTo(Status.CANCELLED));
        assertThat(rig.site.hits("/api")).isEmpty();
    }
}
