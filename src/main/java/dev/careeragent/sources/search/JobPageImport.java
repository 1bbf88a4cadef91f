package dev.careeragent.sources.search;

import dev.careeragent.core.guard.BoundedFiles;
import dev.careeragent.jobs.IngestResult;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.jobs.store.PostingIngest;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.catalog.JobPageParser;
import dev.careeragent.sources.fetch.HttpFetcher;
import dev.careeragent.sources.fetch.Politeness;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * "Add job from page": reads one job from an address (fetched politely: robots.txt, rate limit, block
 * detection) or from a saved HTML file, with the site's parser when known, else JSON-LD, else readable text;
 * and stores it like any search result (deduplicated).
 */
public final class JobPageImport {

    /** What an import stored: the job's id and whether it was new. */
    public record Imported(long postingId, boolean isNew, JobPosting posting) {
    }

    /** Saved job pages with their scripts stay well under this. */
    static final long MAX_PAGE_BYTES = 20L * 1024 * 1024;

    private final JobPageParser parser;
    private final Politeness politeness;
    private final PostingIngest ingest;
    private final SourceSettingsService settings;

    public JobPageImport(JobPageParser parser, Politeness politeness, PostingIngest ingest, SourceSettingsService settings) {
        this.parser = parser;
        this.politeness = politeness;
        this.ingest = ingest;
        this.settings = settings;
    }

    /** Reads the job at a web address, or in a file when the text names one. */
    public JobPosting parse(String addressOrFile) {
        String text = addressOrFile == null ? "" : addressOrFile.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? parseUrl(text) : parseFile(Path.of(text));
    }

    public JobPosting parseUrl(String address) {
        URI url;
        try {
            url = URI.create(address.strip());
        } catch (IllegalArgumentException e) {
            throw new JobPageParseException("\"" + address + "\" is not a web address. Copy the job's address from "
                    + "the browser's address bar (it starts with https://).");
        }
        if (url.getHost() == null) {
            throw new JobPageParseException("\"" + address + "\" is not a complete web address (no site name). "
                    + "Copy the job's address from the browser's address bar.");
        }
        SourcePolicy policy = SourcePolicy.api("web:" + url.getHost(), url.getHost(),
                URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/"), Duration.ofSeconds(2));
        HttpFetcher http = HttpFetcher.standard(settings.proxy());
        return politeness.fetcher(policy, http).fetch(url, (body, at) -> parser.parse(body, at.toString()));
    }

    public JobPosting parseFile(Path file) {
        try {
            // Invalid UTF-8 becomes U+FFFD: one bad byte must not make the whole page unreadable.
            return parser.parse(new String(BoundedFiles.read(file, MAX_PAGE_BYTES), StandardCharsets.UTF_8), null);
        } catch (BoundedFiles.RefusedFile e) {
            throw new JobPageParseException(e.getMessage() + " Save the job page from your browser (Ctrl+S, \"Web page,"
                    + " HTML only\") and choose that file.", e);
        } catch (IOException e) {
            throw new JobPageParseException("The file " + file + " could not be read (" + e.getMessage()
                    + "). Check that it is a saved web page (.html) and that you may open it.", e);
        }
    }

    /** Parses and stores the job; a job already stored gets this page as another source link. */
    public Imported importJob(String addressOrFile) {
        JobPosting posting = parse(addressOrFile);
        IngestResult result = ingest.ingest(java.util.List.of(posting), Map.of());
        long id = result.postingIds().get(0);
        return new Imported(id, result.newCount() == 1, posting);
    }
}
