package dev.careeragent.sources.catalog;

import dev.careeragent.core.guard.Watchdog;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.JobDetailParser;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PageJobs;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.Texts;
import dev.careeragent.sources.glassdoor.GlassdoorJobParser;
import dev.careeragent.sources.indeed.IndeedJobParser;
import dev.careeragent.sources.linkedin.LinkedInJobParser;
import dev.careeragent.sources.web.AtsJobPageParser;
import dev.careeragent.sources.web.ClosedPosting;
import dev.careeragent.sources.web.JsonLdJobParser;
import dev.careeragent.sources.web.PageEvidence;
import dev.careeragent.sources.web.ReadableTextJobParser;
import dev.careeragent.sources.web.ShownOnPage;
import dev.careeragent.sources.web.SiteRecognizer;
import dev.careeragent.sources.web.SiteRecognizer.Site;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Any job page": the site's parser when the address or the page's own markup names a known site (LinkedIn,
 * Indeed, Glassdoor, Greenhouse, Lever, Ashby), else schema.org JSON-LD, else the readable-text reader; title,
 * company and location a parser left blank come from the page's best-evidenced candidates ({@link PageEvidence}).
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
    private final PageEvidence evidence = new PageEvidence();
    private final ListingPages listings;
    private final Clock clock;
    private final Watchdog watchdog = new Watchdog(Duration.ofSeconds(4));

    public JobPageParser(PostingNormalizer normalizer) {
        this(normalizer, Clock.systemUTC());
    }

    public JobPageParser(PostingNormalizer normalizer, Clock clock) {
        this.clock = clock;
        listings = new ListingPages(normalizer);
        linkedIn = new LinkedInJobParser(normalizer);
        indeed = new IndeedJobParser(normalizer);
        glassdoor = new GlassdoorJobParser(normalizer);
        greenhouse = AtsJobPageParser.greenhouse(normalizer);
        lever = AtsJobPageParser.lever(normalizer);
        ashby = AtsJobPageParser.ashby(normalizer);
        jsonLd = new JsonLdJobParser(normalizer);
        readable = new ReadableTextJobParser(normalizer);
    }

    /**
     * Every job on the page: one per card on a search-results or board page, else the page's single posting
     * (marked closed when the page says so). Read within the same time budget as {@link #parse}. A saved page with
     * no address given is read at the address its browser wrote into it, so its relative links still lead somewhere.
     */
    public PageJobs read(String html, String url) {
        String pageUrl = url != null ? url : Html.savedFrom(html);
        List<JobPosting> cards = guarded(() -> {
            Document doc = Html.parse(html, pageUrl, "job");
            String address = pageUrl != null ? pageUrl
                    : Texts.first(Html.attr(doc, "link[rel=canonical]", "href"), Html.meta(doc, "og:url"));
            return listings.read(doc, html, address == null ? "" : address);
        }, pageUrl);
        if (!cards.isEmpty()) {
            return PageJobs.listing(cards);
        }
        JobPosting posting = parse(html, pageUrl);
        return PageJobs.single(posting, guarded(() -> ClosedPosting.isClosed(Html.parse(html, pageUrl, "job"),
                LocalDate.now(clock)), pageUrl));
    }

    /** The job on the page, read within a time budget; a page that takes longer gets a clear message. */
    @Override
    public JobPosting parse(String html, String url) {
        String pageUrl = url != null ? url : Html.savedFrom(html);
        return guarded(() -> parseNow(html, pageUrl), pageUrl);
    }

    private <T> T guarded(java.util.concurrent.Callable<T> work, String pageUrl) {
        try {
            return watchdog.run(work);
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
        Optional<JobDetailParser> site = SiteRecognizer.recognize(doc, address).map(this::parserFor);
        JobPageParseException siteFailure = null;
        if (site.isPresent()) {
            try {
                return complete(site.get().parse(html, address), doc, address);
            } catch (JobPageParseException e) {
                siteFailure = e;
            }
        }
        String source = site.isPresent() && site.get() instanceof AtsJobPageParser ats ? ats.source() : JsonLdJobParser.SOURCE;
        Optional<JobPosting> structured = jsonLd.parse(doc, address, source);
        if (structured.isPresent()) {
            return complete(structured.get(), doc, address);
        }
        try {
            return readable.parse(doc, address, source);
        } catch (JobPageParseException e) {
            throw siteFailure != null ? siteFailure : e;
        }
    }

    private JobDetailParser parserFor(Site site) {
        return switch (site) {
            case LINKEDIN -> linkedIn;
            case INDEED -> indeed;
            case GLASSDOOR -> glassdoor;
            case GREENHOUSE -> greenhouse;
            case LEVER -> lever;
            case ASHBY -> ashby;
        };
    }

    /**
     * Fills a blank title, company or location from the page's evidence; a title or town the page does not show
     * (another posting's, left in its structured data) gives way to what the page shows, and so does a structured
     * region the page's marked place line names more precisely.
     */
    private JobPosting complete(JobPosting p, Document doc, String address) {
        ShownOnPage shown = new ShownOnPage(doc);
        String title = shown.showsTitle(p.title()) ? p.title() : null;
        String location = shown.showsPlace(p.location()) ? shown.finerPlace(p.location()) : null;
        if (title != null && p.company() != null && location != null) {
            return location.equals(p.location()) ? p : p.toBuilder().location(location).city(null).region(null).build();
        }
        PageEvidence.Fields f = evidence.read(doc, address);
        JobPosting.Builder b = p.toBuilder().title(Texts.first(title, f.title(), p.title()))
                .company(Texts.first(p.company(), f.company()));
        String place = Texts.first(location, f.location(), p.location());
        if (p.location() != null && !p.location().equals(place)) {
            b.city(null).region(null); // the structured address was another place's
        }
        return b.location(place).build();
    }
}
