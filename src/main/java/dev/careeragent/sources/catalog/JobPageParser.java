package dev.careeragent.sources.catalog;

import dev.careeragent.core.guard.Watchdog;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobDetailParser;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.Texts;
import dev.careeragent.sources.glassdoor.GlassdoorJobParser;
import dev.careeragent.sources.indeed.IndeedJobParser;
import dev.careeragent.sources.linkedin.LinkedInJobParser;
import dev.careeragent.sources.web.AtsJobPageParser;
import dev.careeragent.sources.web.JsonLdJobParser;
import dev.careeragent.sources.web.ReadableTextJobParser;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Any job page": picks the site's parser by host (LinkedIn, Indeed, Glassdoor, Greenhouse, Lever, Ashby), else
 * schema.org JSON-LD, else the readable-text fallback. For a saved file without an address, the host comes
 * from the page's canonical link. A site parser that cannot read the page hands over to the generic ones.
 */
public final class JobPageParser implements JobDetailParser {

    private static final Logger LOG = LoggerFactory.getLogger(JobPageParser.class);

    private final LinkedInJobParser linkedIn;
    private final IndeedJobParser indeed;
    private final GlassdoorJobParser glassdoor;
    private final AtsJobPageParser greenhouse;
    private final AtsJobPageParser lever;
    private final AtsJobPageParser ashby;
    private final JsonLdJobParser jsonLd;
    private final ReadableTextJobParser readable;
    private final Watchdog watchdog = new Watchdog(Duration.ofSeconds(4));

    public JobPageParser(PostingNormalizer normalizer) {
        linkedIn = new LinkedInJobParser(normalizer);
        indeed = new IndeedJobParser(normalizer);
        glassdoor = new GlassdoorJobParser(normalizer);
        greenhouse = AtsJobPageParser.greenhouse(normalizer);
        lever = AtsJobPageParser.lever(normalizer);
        ashby = AtsJobPageParser.ashby(normalizer);
        jsonLd = new JsonLdJobParser(normalizer);
        readable = new ReadableTextJobParser(normalizer);
    }

    /** The job on the page, read within a time budget; a page that takes longer gets a clear message. */
    @Override
    public JobPosting parse(String html, String pageUrl) {
        try {
            return watchdog.run(() -> parseNow(html, pageUrl));
        } catch (Watchdog.Failure failure) {
            if (failure.getCause() instanceof JobPageParseException known) {
                throw known;
            }
            LOG.warn("Reading the job page {} stopped: {}", pageUrl, failure.reason(), failure.getCause());
            throw new JobPageParseException(failure.reason() == Watchdog.Reason.ERROR
                    ? "This page could not be read as a job page. Open it in a browser and save it again."
                    : "This page is built in a way that takes too long to read (deeply nested or huge), so it was"
                    + " stopped. Save the job's own page and try again.", failure.getCause());
        }
    }

    private JobPosting parseNow(String html, String pageUrl) {
        Document doc = Html.parse(html, pageUrl, "job");
        String address = pageUrl != null ? pageUrl
                : Texts.first(Html.attr(doc, "link[rel=canonical]", "href"), Html.meta(doc, "og:url"));
        Optional<JobDetailParser> site = siteParser(host(address));
        JobPageParseException siteFailure = null;
        if (site.isPresent()) {
            try {
                return site.get().parse(html, address);
            } catch (JobPageParseException e) {
                siteFailure = e;
            }
        }
        String source = site.isPresent() && site.get() instanceof AtsJobPageParser ats ? ats.source() : JsonLdJobParser.SOURCE;
        Optional<JobPosting> structured = jsonLd.parse(doc, address, source);
        if (structured.isPresent()) {
            return structured.get();
        }
        try {
            return readable.parse(doc, address, source);
        } catch (JobPageParseException e) {
            throw siteFailure != null ? siteFailure : e;
        }
    }

    private Optional<JobDetailParser> siteParser(String host) {
        if (host == null) {
            return Optional.empty();
        }
        if (host.endsWith("linkedin.com")) {
            return Optional.of(linkedIn);
        }
        if (host.contains("indeed.")) {
            return Optional.of(indeed);
        }
        if (host.contains("glassdoor.")) {
            return Optional.of(glassdoor);
        }
        if (host.endsWith("greenhouse.io")) {
            return Optional.of(greenhouse);
        }
        if (host.endsWith("lever.co")) {
            return Optional.of(lever);
        }
        return host.endsWith("ashbyhq.com") ? Optional.of(ashby) : Optional.empty();
    }

    private static String host(String url) {
        try {
            String host = url == null ? null : URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
