package dev.careeragent.sources.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.careeragent.sources.FetchRig;
import dev.careeragent.sources.LoopbackSite;
import dev.careeragent.sources.LoopbackSite.Reply;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagedSearchTest {

    private final LoopbackSite site = LoopbackSite.start();
    private final FetchRig rig = new FetchRig();
    private final PoliteFetcher fetcher = rig.fetcher(FetchRig.policy(site, "board"),
            new HttpFetcher(Duration.ofSeconds(5), null, UserAgents.api()));
    private final PageParser<List<String>> lines = (body, url) ->
            body.isBlank() ? List.of() : Arrays.asList(body.strip().split("\n"));

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aFailingLaterPageKeepsTheEarlierResultsAndSaysWhy() {
        AtomicInteger calls = new AtomicInteger();
        site.serve("/search", hit -> calls.incrementAndGet() == 1
                ? Reply.text(200, "a\nb\nc")
                : Reply.redirect("/authwall?trk=x"));
        site.serve("/authwall", hit -> Reply.html("<p>sign in</p>"));

        SearchResult<String> result = PagedSearch.collect(fetcher, site.url("/search?page=1"), lines,
                NextPage.numbered("page", 1), 50);

        assertThat(result.items()).containsExactly("a", "b", "c");
        assertThat(result.pagesFetched()).isEqualTo(1);
        assertThat(result.failure()).get().extracting(FetchException::kind).isEqualTo(FetchException.Kind.BLOCKED);
        assertThat(site.hits("/search").get(1).param("page")).isEqualTo("2");
    }

    @Test
    void aFailingFirstPageIsThrown() {
        site.serve("/search", hit -> Reply.text(404, "gone"));
        assertThatThrownBy(() -> PagedSearch.collect(fetcher, site.url("/search"), lines, NextPage.numbered("page", 1), 5))
                .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void cancellingStopsBetweenPagesAndProgressIsReported() {
        site.serve("/search", hit -> Reply.text(200, "x\ny"));
        List<Integer> progress = new ArrayList<>();
        SearchResult<String> result = PagedSearch.collect(fetcher, site.url("/search"), lines,
                NextPage.offsetByPages("start", 2), 100, () -> progress.size() >= 3,
                (pages, items) -> progress.add(items));
        assertThat(progress).containsExactly(2, 4, 6);
        assertThat(result.items()).hasSize(6);
        assertThat(site.hits("/search")).extracting(hit -> hit.param("start")).containsExactly(null, "2", "4");
    }

    @Test
    void queryParametersAreReplacedInPlace() {
        URI url = URI.create("https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search"
                + "?keywords=java%20developer&start=25&location=Berlin");
        assertThat(NextPage.withQueryParameter(url, "start", "50").toString())
                .endsWith("?keywords=java%20developer&location=Berlin&start=50");
        assertThat(NextPage.withQueryParameter(URI.create("https://a.com/s"), "page", "2").toString())
                .isEqualTo("https://a.com/s?page=2");
        assertThat(NextPage.offsetByItems("start").after(url, 1, 60)).get().asString().endsWith("start=60");
    }
}
