package dev.careeragent.ui.jobs;

import dev.careeragent.context.AppContext;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.linkedin.LinkedInJobParser;
import dev.careeragent.sources.linkedin.LinkedInSearchParser;
import dev.careeragent.sources.remoteok.RemoteOkParser;
import dev.careeragent.sources.remotive.RemotiveParser;
import dev.careeragent.sources.remotive.RemotiveSource;
import dev.careeragent.sources.remoteok.RemoteOkSource;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stores postings parsed from the real corpus pages and API answers, as a search would. */
public final class JobsSeed {

    private JobsSeed() {
    }

    public static List<JobPosting> corpusPostings(Clock clock) {
        PostingNormalizer normalizer = new PostingNormalizer(clock);
        List<JobPosting> postings = new ArrayList<>();
        postings.add(new LinkedInJobParser(normalizer).parse(
                SourceTesting.corpus("jobs/html/linkedin/talynt__linkedin_posting.html"), "https://www.linkedin.com/jobs/view/1"));
        postings.add(new LinkedInJobParser(normalizer).parse(SourceTesting.corpus(
                "jobs/html/linkedin/job-seeking-web-scrape__linkedin_job_detail_snippet.html"), "https://www.linkedin.com/jobs/view/2"));
        postings.addAll(new RemotiveParser(normalizer).parse(
                SourceTesting.corpus("jobs/json/api/remote-jobs-collector__remotive.json"), "https://remotive.com/api/remote-jobs"));
        postings.addAll(new RemoteOkParser(normalizer).parse(
                SourceTesting.corpus("jobs/json/api/remote-jobs-collector__remoteok.json"), "https://remoteok.com/api"));
        postings.addAll(new LinkedInSearchParser(normalizer).parse(SourceTesting.corpus(
                "jobs/html/linkedin/jobsearchbot__serp_2b4a99809beea5a7.html"), "https://www.linkedin.com/jobs/search"));
        return postings;
    }

    /** Returns the stored postings' ids. */
    public static List<Long> seed(AppContext context) throws SQLException {
        return new PostingIngest(context.database(), context.clock()).ingest(corpusPostings(context.clock()),
                Map.of("remotive", RemotiveSource.ATTRIBUTION, "remoteok", RemoteOkSource.ATTRIBUTION)).postingIds();
    }
}
