package dev.careeragent.sources.catalog;

import dev.careeragent.sources.BoardListSource;
import dev.careeragent.sources.JobSource;
import dev.careeragent.sources.PostingNormalizer;
import dev.careeragent.sources.arbeitnow.ArbeitnowSource;
import dev.careeragent.sources.ashby.AshbyApiParser;
import dev.careeragent.sources.fetch.BaseUrls;
import dev.careeragent.sources.fetch.SourcePolicy;
import dev.careeragent.sources.glassdoor.GlassdoorSource;
import dev.careeragent.sources.greenhouse.GreenhouseApiParser;
import dev.careeragent.sources.hackernews.HackerNewsSource;
import dev.careeragent.sources.himalayas.HimalayasSource;
import dev.careeragent.sources.indeed.IndeedSource;
import dev.careeragent.sources.jobicy.JobicySource;
import dev.careeragent.sources.lever.LeverApiParser;
import dev.careeragent.sources.linkedin.LinkedInSource;
import dev.careeragent.sources.remoteok.RemoteOkSource;
import dev.careeragent.sources.remotive.RemotiveSource;
import dev.careeragent.sources.settings.DelayRange;
import dev.careeragent.sources.settings.SourceSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every job source the app knows, built from the settings (base URLs, company boards, the browser boards' page
 * delay). {@code tuning} adjusts
 * each source's politeness policy; the app passes it unchanged, tests shorten the delays.
 */
public final class SourceCatalog {

    /** What the UI and CLI show about a source before it runs. */
    public record Entry(String id, String displayName, boolean needsBrowser, boolean optIn, String notice) {
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry(LinkedInSource.ID, "LinkedIn", true, true, LinkedInSource.TERMS_NOTICE),
            new Entry(IndeedSource.ID, "Indeed", true, false, null),
            new Entry(GlassdoorSource.ID, "Glassdoor", true, false, null),
            new Entry(GreenhouseApiParser.SOURCE, "Greenhouse boards", false, false, "Needs company board names."),
            new Entry(LeverApiParser.SOURCE, "Lever boards", false, false, "Needs company board names."),
            new Entry(AshbyApiParser.SOURCE, "Ashby boards", false, false, "Needs company board names."),
            new Entry(RemoteOkSource.ID, "Remote OK", false, false, RemoteOkSource.ATTRIBUTION),
            new Entry(RemotiveSource.ID, "Remotive", false, false, RemotiveSource.ATTRIBUTION),
            new Entry(ArbeitnowSource.ID, "Arbeitnow", false, false, ArbeitnowSource.ATTRIBUTION),
            new Entry(JobicySource.ID, "Jobicy", false, false, JobicySource.ATTRIBUTION),
            new Entry(HimalayasSource.ID, "Himalayas", false, false, HimalayasSource.ATTRIBUTION),
            new Entry(HackerNewsSource.ID, "Hacker News: Who is hiring", false, false, HackerNewsSource.ATTRIBUTION));

    private final PostingNormalizer normalizer;
    private final Clock clock;
    private final UnaryOperator<SourcePolicy> tuning;

    public SourceCatalog(PostingNormalizer normalizer, Clock clock, UnaryOperator<SourcePolicy> tuning) {
        this.normalizer = normalizer;
        this.clock = clock;
        this.tuning = tuning;
    }

    public static Optional<Entry> entry(String id) {
        return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The source with this id as the settings configure it, or empty for an unknown id. */
    public Optional<JobSource> find(String id, SourceSettings settings) {
        BaseUrls urls = new BaseUrls(settings.baseUrls());
        DelayRange delays = settings.pageDelay();
        return Optional.ofNullable(switch (id) {
            case LinkedInSource.ID -> new LinkedInSource(board(id, "LinkedIn", urls, LinkedInSource.DEFAULT_BASE, delays), normalizer);
            case IndeedSource.ID -> new IndeedSource(board(id, "Indeed", urls, IndeedSource.DEFAULT_BASE, delays), normalizer);
            case GlassdoorSource.ID -> new GlassdoorSource(board(id, "Glassdoor", urls, GlassdoorSource.DEFAULT_BASE, delays),
                    normalizer);
            case GreenhouseApiParser.SOURCE -> new BoardListSource(api(id, "Greenhouse", urls,
                    "https://boards-api.greenhouse.io/", 1), new GreenhouseApiParser(normalizer), clock,
                    settings.boardsOf(id), board -> "/v1/boards/" + board + "/jobs?content=true");
            case LeverApiParser.SOURCE -> new BoardListSource(api(id, "Lever", urls, "https://api.lever.co/", 1),
                    new LeverApiParser(normalizer), clock, settings.boardsOf(id), board -> "/v0/postings/" + board + "?mode=json");
            case AshbyApiParser.SOURCE -> new BoardListSource(api(id, "Ashby", urls, "https://api.ashbyhq.com/", 1),
                    new AshbyApiParser(normalizer), clock, settings.boardsOf(id),
                    board -> "/posting-api/job-board/" + board + "?includeCompensation=true");
            case RemoteOkSource.ID -> new RemoteOkSource(api(id, "Remote OK", urls, RemoteOkSource.DEFAULT_BASE, 10),
                    normalizer, clock);
            case RemotiveSource.ID -> new RemotiveSource(api(id, "Remotive", urls, RemotiveSource.DEFAULT_BASE, 10),
                    normalizer, clock);
            case ArbeitnowSource.ID -> new ArbeitnowSource(api(id, "Arbeitnow", urls, ArbeitnowSource.DEFAULT_BASE, 2),
                    normalizer, clock);
            case JobicySource.ID -> new JobicySource(api(id, "Jobicy", urls, JobicySource.DEFAULT_BASE, 10), normalizer, clock);
            case HimalayasSource.ID -> new HimalayasSource(api(id, "Himalayas", urls, HimalayasSource.DEFAULT_BASE, 2),
                    normalizer, clock);
            case HackerNewsSource.ID -> new HackerNewsSource(api(id, "Hacker News", urls, HackerNewsSource.DEFAULT_BASE, 1),
                    normalizer, clock);
            default -> null;
        });
    }

    private SourcePolicy board(String id, String name, BaseUrls urls, String defaultBase, DelayRange delays) {
        return tuning.apply(SourcePolicy.jobBoard(id, name, urls.forSource(id, defaultBase))
                .withDelays(Duration.ofSeconds(delays.minSeconds()), Duration.ofSeconds(delays.maxSeconds())));
    }

    private SourcePolicy api(String id, String name, BaseUrls urls, String defaultBase, int secondsBetweenCalls) {
        return tuning.apply(SourcePolicy.api(id, name, urls.forSource(id, defaultBase), Duration.ofSeconds(secondsBetweenCalls)));
    }
}
