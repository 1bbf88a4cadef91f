package dev.careeragent.sources.search;

import dev.careeragent.jobs.JobPosting;
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

/**
 * Reads one job from an address (fetched politely: robots.txt, rate limit, block detection) or from a saved
 * HTML file, with the site's parser when known, else JSON-LD, else readable text. Stores nothing, so
 * {@code job parse} needs no database.
 */
public final class JobPageReader {

    private final JobPageParser parser;
    private final Politeness politeness;
    private final SourceSettingsService settings;

    public JobPageReader(JobPageParser parser, Politeness politeness, SourceSettingsService settings) {
        this.parser = parser;
        this.politeness = politeness;
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
        if (!Files.isRegularFile(file)) {
            throw new JobPageParseException("The file " + file + " does not exist or is a folder. Save the job page "
                    + "from your browser (Ctrl+S, \"Web page, HTML only\") and choose that file.");
        }
        try {
            return parser.parse(Files.readString(file, StandardCharsets.UTF_8), null);
        } catch (IOException e) {
            throw new JobPageParseException("The file " + file + " could not be read (" + e.getMessage()
                    + "). Check that it is a saved web page (.html) and that you may open it.", e);
        }
    }
}
