package dev.careeragent.sources.search;

import dev.careeragent.core.guard.BoundedFiles;
import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.JobPageParseException;
import dev.careeragent.sources.PageJobs;
import dev.careeragent.sources.catalog.JobPageParser;
import dev.careeragent.sources.fetch.HttpFetcher;
import dev.careeragent.sources.fetch.Politeness;
import dev.careeragent.sources.fetch.SourcePolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads the jobs on a page at an address (fetched politely: robots.txt, rate limit, block detection) or in a
 * saved HTML file, with the site's parser when known, else JSON-LD, else readable text: each card of a
 * search-results or board page, or the one posting of a job page. Stores nothing, so {@code job parse} needs no
 * database.
 */
public final class JobPageReader {

    /** Saved job pages with their scripts stay well under this. */
    static final long MAX_PAGE_BYTES = 20L * 1024 * 1024;

    private final JobPageParser parser;
    private final Politeness politeness;
    private final SourceSettingsService settings;

    public JobPageReader(JobPageParser parser, Politeness politeness, SourceSettingsService settings) {
        this.parser = parser;
        this.politeness = politeness;
        this.settings = settings;
    }

    /** Reads the job at a web address, or in a file when the text names one (a listing page gives its first card). */
    public JobPosting parse(String addressOrFile) {
        return read(addressOrFile).postings().get(0);
    }

    /** Every job on the page at a web address or in a saved file: each card of a listing, or the one posting. */
    public PageJobs read(String addressOrFile) {
        String text = addressOrFile == null ? "" : addressOrFile.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? readUrl(text) : readFile(Path.of(text));
    }

    public PageJobs readUrl(String address) {
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
        return politeness.fetcher(policy, http).fetch(url, (body, at) -> parser.read(body, at.toString()));
    }

    public PageJobs readFile(Path file) {
        try {
            // Invalid UTF-8 becomes U+FFFD: one bad byte must not make the whole page unreadable.
            return parser.read(new String(BoundedFiles.read(file, MAX_PAGE_BYTES), StandardCharsets.UTF_8), null);
        } catch (BoundedFiles.RefusedFile e) {
            throw new JobPageParseException(e.getMessage() + " Save the job page from your browser (Ctrl+S, \"Web page,"
                    + " HTML only\") and choose that file.", e);
        } catch (IOException e) {
            throw new JobPageParseException("The file " + file + " could not be read (" + e.getMessage()
                    + "). Check that it is a saved web page (.html) and that you may open it.", e);
        }
    }
}
