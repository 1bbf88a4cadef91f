package dev.careeragent.jobs.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ' ', value = {
            "https://in.linkedin.com/jobs/view/python-test-engineer-at-infosys-4433468870?position=1&pageNum=0&refId=x&trackingId=y https://www.linkedin.com/jobs/view/4433468870",
            "https://www.linkedin.com/jobs/view/4337994473/?trk=public_jobs_topcard-title https://www.linkedin.com/jobs/view/4337994473",
            "https://www.linkedin.com/jobs/search/?currentJobId=3561224688&keywords=java https://www.linkedin.com/jobs/view/3561224688",
            "https://www.indeed.com/viewjob?from=socialmediatagsbigj&jk=bf873f62104b48b5 https://www.indeed.com/viewjob?jk=bf873f62104b48b5",
            "http://uk.indeed.com/job/full-stack-developer-14ffe2be7ba7b921 http://uk.indeed.com/viewjob?jk=14ffe2be7ba7b921",
            "https://www.indeed.com/rc/clk?jk=0123456789abcdef&fccid=x&vjs=3 https://www.indeed.com/viewjob?jk=0123456789abcdef",
            "https://www.glassdoor.fr/job-listing/consultant-pwc-JV_IC3041419_KO0,68_KE69,72.htm?jl=1009733330019 https://www.glassdoor.fr/job-listing/j?jl=1009733330019",
            "https://Jobs.Example.com:443/careers/42/?utm_source=x&utm_medium=y&id=7#apply https://jobs.example.com/careers/42?id=7",
            "https://boards.greenhouse.io/acme/jobs/123?gh_src=abc https://boards.greenhouse.io/acme/jobs/123",
            "https://miradortx.com/careers/?gh_jid=5139831008#all_jobs https://miradortx.com/careers?gh_jid=5139831008"})
    void canonicalises(String url, String expected) {
        assertThat(UrlCanonicalizer.canonicalize(url)).isEqualTo(expected);
    }

    @Test
    void resolvesRelativeAgainstBase() {
        assertThat(UrlCanonicalizer.canonicalize("/jobs/view/4064488192/?refId=abc&trackingId=def", "https://www.linkedin.com/jobs/search"))
                .isEqualTo("https://www.linkedin.com/jobs/view/4064488192");
        assertThat(UrlCanonicalizer.canonicalize("/partner/jobListing.htm?pos=101&jobListingId=3480318629", "https://www.glassdoor.com.au/Job/x.htm"))
                .isEqualTo("https://www.glassdoor.com.au/job-listing/j?jl=3480318629");
    }

    @Test
    void idsAndParams() {
        assertThat(UrlCanonicalizer.linkedInJobId("urn:li:jobPosting:4337994473")).contains("4337994473");
        assertThat(UrlCanonicalizer.indeedJobKey("https://x.indeed.com/m/viewjob?jk=bf873f62104b48b5")).contains("bf873f62104b48b5");
        assertThat(UrlCanonicalizer.queryParam("https://x/?url=https%3A%2F%2Fa.b%2Fc&z=1", "url")).contains("https://a.b/c");
        assertThat(UrlCanonicalizer.canonicalize(null)).isNull();
    }
}
