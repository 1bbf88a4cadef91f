package dev.careeragent.jobs.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One URL per posting: drops tracking parameters and fragments, and rewrites the job boards' many URL
 * shapes to one ({@code linkedin.com/jobs/view/<id>}, {@code indeed.com/viewjob?jk=<id>},
 * {@code glassdoor.<tld>/job-listing/j?jl=<id>}).
 */
public final class UrlCanonicalizer {

    private static final Set<String> TRACKING = Set.of("trk", "trkinfo", "refid", "trackingid", "position",
            "pagenum", "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "ref", "referrer",
            "src", "source", "from", "tk", "vjs", "advn", "adid", "ad", "sjdu", "acatk", "pub", "camk", "xkcb", "xpse",
            "vjtk", "ebp", "ei", "lipi", "midtoken", "midsig", "eid", "otptoken", "ssid", "guid", "cs", "cb", "jrtk",
            "ao", "s", "t", "vt", "pos", "ea", "cpc", "uido", "gh_src", "lever-source", "lever-origin", "urlhash",
            "originalsubdomain", "iid", "ccid", "sid", "mcid", "bid", "rid", "spm", "cmpid", "campaignid");
    private static final Pattern LINKEDIN_VIEW = Pattern.compile("/jobs/view/(?:[^/]*?-)?(\\d{6,})/?");
    private static final Pattern INDEED_JOB_PATH = Pattern.compile("/job/[^/]*?-([0-9a-f]{16})/?$");
    private static final Pattern LINKEDIN_OTHER = Pattern.compile("(?:currentJobId=|jobPosting:|externalApply/)(\\d{6,})");
    private static final Pattern INDEED_PARAM = Pattern.compile("[?&](?:jk|vjk)=([0-9a-f]{16})");
    private static final Pattern GLASSDOOR_ID = Pattern.compile("(?:[?&](?:jl|jobListingId)=)(\\d+)");

    /** The canonical form of {@code url} resolved against {@code base}; null stays null, junk stays as given. */
    public static String canonicalize(String url, String base) {
        String canonical = canonicalizeAnyScheme(url, base);
        return isWeb(canonical) ? canonical : null;
    }

    /** Only http and https links are kept: javascript:, data:, file: and the like are dropped at the edge. */
    static boolean isWeb(String url) {
        String lower = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static String canonicalizeAnyScheme(String url, String base) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String resolved = resolve(url.strip(), base);
        URI uri;
        try {
            uri = new URI(resolved.replace(" ", "%20").replace("|", "%7C"));
        } catch (URISyntaxException e) {
            return resolved;
        }
        if (uri.getHost() == null) {
            return resolved;
        }
        String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery();

        if (host.endsWith("linkedin.com")) {
            Optional<String> id = linkedInJobId(resolved);
            if (id.isPresent()) {
                return "https://www.linkedin.com/jobs/view/" + id.get();
            }
        }
        if (host.contains("indeed.")) {
            Optional<String> jk = indeedJobKey(resolved);
            if (jk.isPresent()) {
                return scheme + "://" + host + "/viewjob?jk=" + jk.get();
            }
        }
        if (host.contains("glassdoor.")) {
            Matcher m = GLASSDOOR_ID.matcher(resolved);
            if (m.find()) {
                return "https://" + host + "/job-listing/j?jl=" + m.group(1);
            }
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String kept = keptQuery(query);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (kept.isEmpty() ? "" : "?" + kept);
    }

    public static String canonicalize(String url) {
        return canonicalize(url, null);
    }

    /** The numeric LinkedIn job id in a job view URL, a search URL's currentJobId, or a jobPosting URN. */
    public static Optional<String> linkedInJobId(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher view = LINKEDIN_VIEW.matcher(url);
        if (view.find()) {
            return Optional.of(view.group(1));
        }
        Matcher other = LINKEDIN_OTHER.matcher(url);
        return other.find() ? Optional.of(other.group(1)) : Optional.empty();
    }

    /** The 16-hex-digit Indeed job key from jk= / vjk= or a /job/<slug>-<key> path. */
    public static Optional<String> indeedJobKey(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher param = INDEED_PARAM.matcher(url);
        if (param.find()) {
            return Optional.of(param.group(1));
        }
        Matcher path = INDEED_JOB_PATH.matcher(url.replaceAll("[?#].*$", ""));
        return path.find() ? Optional.of(path.group(1)) : Optional.empty();
    }

    /** A query parameter's decoded value, or empty. */
    public static Optional<String> queryParam(String url, String name) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("[?&]" + Pattern.quote(name) + "=([^&#]*)").matcher(url);
        return m.find() ? Optional.of(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8)) : Optional.empty();
    }

    private static String resolve(String url, String base) {
        if (url.startsWith("//")) {
            return "https:" + url;
        }
        if (base == null || base.isBlank() || url.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            return url;
        }
        try {
            return new URI(base.strip()).resolve(url.replace(" ", "%20")).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return url;
        }
    }

    private static String keptQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    private UrlCanonicalizer() {
    }
}
