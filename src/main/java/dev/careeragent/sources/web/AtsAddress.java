package dev.careeragent.sources.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The employer an applicant-tracking or company-page address names: job boards hosted by an ATS put the
 * company's slug in the path or the sub-domain ("jobs.lever.co/acme/...", "acme.recruitee.com",
 * "wellfound.com/company/acme"). Read from the page's address, canonical link, og:url and its apply links, so a
 * saved page without its address still shows it.
 */
final class AtsAddress {

    private static final List<Pattern> SLUGS = List.of(
            Pattern.compile("//(?:jobs|apply)\\.lever\\.co/([\\w-]+)"),
            Pattern.compile("//(?:boards|job-boards)(?:\\.eu)?\\.greenhouse\\.io/(?!embed)([\\w-]+)"),
            Pattern.compile("greenhouse\\.io/embed/job_app\\?(?:.*&)?for=([\\w-]+)"),
            Pattern.compile("//apply\\.workable\\.com/([\\w-]+)"),
            Pattern.compile("//jobs\\.ashbyhq\\.com/([\\w.-]+)"),
            Pattern.compile("//(?:careers|jobs)\\.smartrecruiters\\.com/([\\w-]+)"),
            Pattern.compile("//([\\w-]+)\\.(?:recruitee\\.com|teamtailor\\.com|bamboohr\\.com|breezy\\.hr|applytojob\\.com"
                    + "|workable\\.com|jobs\\.personio\\.(?:de|com)|wd\\d+\\.myworkdayjobs\\.com)"),
            Pattern.compile("//(?:careers-)?([\\w-]+)\\.icims\\.com"),
            Pattern.compile("//(?:www\\.)?(?:wellfound\\.com|angel\\.co)/company/([\\w-]+)"),
            Pattern.compile("//(?:www\\.)?(?:workatastartup\\.com|ycombinator\\.com)/companies/([\\w-]+)"),
            Pattern.compile("//(?:[\\w-]+\\.)?linkedin\\.com/company/([\\w-]+)"));
    private static final int MAX_LINKS = 200;

    private AtsAddress() {
    }

    /** The company slug, lower case with spaces for hyphens ("acme-labs" -> "acme labs"), if any address names one. */
    static Optional<String> companySlug(Document doc, String address) {
        Optional<String> own = slug(address);
        if (own.isPresent()) {
            return own;
        }
        for (String key : new String[] {"link[rel=canonical]", "meta[property=og:url]"}) {
            Element e = doc.selectFirst(key);
            Optional<String> s = e == null ? Optional.empty() : slug(e.hasAttr("href") ? e.attr("href") : e.attr("content"));
            if (s.isPresent()) {
                return s;
            }
        }
        int seen = 0;
        for (Element a : doc.select("a[href]")) {
            Optional<String> s = slug(a.attr("href"));
            if (s.isPresent() || ++seen > MAX_LINKS) {
                return s;
            }
        }
        return Optional.empty();
    }

    static Optional<String> slug(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        for (Pattern p : SLUGS) {
            Matcher m = p.matcher(url);
            if (m.find() && !m.group(1).matches("(?i)www|jobs|careers|apply|api|app|embed|\\d+")) {
                return Optional.of(m.group(1).toLowerCase(Locale.ROOT).replaceAll("[-_.]+", " ").strip());
            }
        }
        return Optional.empty();
    }

    /** True when a company name and a slug agree once spaces and punctuation are set aside ("Acme AI" / "acme"). */
    static boolean agrees(String name, String slug) {
        String n = FieldVotes.key(name).replace(" ", "");
        String s = slug.replace(" ", "");
        return n.length() >= 2 && s.length() >= 3 && (n.equals(s) || n.startsWith(s) || s.startsWith(n) && n.length() >= 4);
    }

    /** "acme labs" -> "Acme Labs", for a page that names its employer nowhere but in the address. */
    static String display(String slug) {
        StringBuilder out = new StringBuilder();
        for (String w : slug.split(" ")) {
            if (!w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
    }
}
