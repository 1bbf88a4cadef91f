package dev.careeragent.sources.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.core.guard.SafeText;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.normalize.UrlCanonicalizer;
import dev.careeragent.sources.catalog.JobPageParser;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.RawPosting;
import dev.careeragent.testing.HostileFiles;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Hostile values in pages are dropped or neutralised where they enter the app. */
class HostileFieldsTest {

    private final PostingNormalizer normalizer = new PostingNormalizer(Clock.systemUTC());

    @Test
    void onlyWebLinksSurvive() {
        assertThat(UrlCanonicalizer.canonicalize("javascript:alert(document.cookie)", "https://jobs.example.com/")).isNull();
        assertThat(UrlCanonicalizer.canonicalize("JaVaScRiPt:alert(1)")).isNull();
        assertThat(UrlCanonicalizer.canonicalize("data:text/html,<script>alert(1)</script>")).isNull();
        assertThat(UrlCanonicalizer.canonicalize("/jobs/42", "https://jobs.example.com/")).startsWith("https://jobs.example.com/jobs/42");
    }

    @Test
    void fieldsAreTextWithoutMarkupOrDirectionTricks() {
        JobPosting posting = normalizer.normalize(new RawPosting("web").title("<img src=x onerror=alert(1)>Java <b>Engineer</b>")
                .company("<script>alert(1)</script>Acme\u202Eevil").url("javascript:alert(1)").location("Berlin\nGermany"), null);
        assertThat(posting.title()).isEqualTo("Java Engineer");
        assertThat(posting.company()).doesNotContain("<", "\u202E", "script(");
        assertThat(posting.url()).isNull();
        assertThat(posting.location()).isEqualTo("Berlin Germany");
    }

    @Test
    void aJsonLdPageWithAScriptLinkKeepsNoScriptLink() {
        String page = "<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\","
                + "\"title\":\"<img src=x onerror=alert(1)>Data Engineer\",\"url\":\"javascript:alert(2)\","
                + "\"hiringOrganization\":{\"name\":\"<script>x()<\\/script>Initech\"},"
                + "\"description\":\"<p>Build pipelines with Python and SQL for our analytics team.</p>\"}</script>"
                + "</head><body><h1>Data Engineer</h1></body></html>";
        JobPosting posting = new JobPageParser(normalizer).parse(page, null);
        assertThat(posting.title()).isEqualTo("Data Engineer");
        assertThat(posting.company()).isEqualTo("Initech");
        assertThat(posting.url() == null || posting.url().startsWith("http")).as(String.valueOf(posting.url())).isTrue();
    }

    @Test
    void printedNamesCannotBreakLinesOrFlipDirection() {
        assertThat(SafeText.line("cv\nfake line\u202Egpj.exe")).doesNotContain("\n", "\u202E").contains("gpj.exe");
    }

    @Test
    void aHundredThousandNestedListItemsEndWithAClearMessage() {
        long start = System.nanoTime();
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> new JobPageParser(normalizer).parse(HostileFiles.nestedListPage(100_000), null));
        assertThat(failure).hasMessageContaining("far more than a job page has");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(40_000);
    }
}
