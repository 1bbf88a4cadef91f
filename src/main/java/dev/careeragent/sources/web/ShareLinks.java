package dev.careeragent.sources.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The summary a page hands to its share buttons: the text parameter of a tweet, Facebook, LinkedIn or mail link
 * ("Site: Title, Company, City, ST"). Job pages fill it with the posting's own title, employer and place, so it
 * is one more summary line where the page has no head.
 */
final class ShareLinks {

    private static final Pattern SHARE_TEXT = Pattern.compile(
            "(?:twitter\\.com/(?:home|intent/tweet|share)|x\\.com/intent/tweet|facebook\\.com/sharer|linkedin\\.com/share"
            + "|^mailto:)[^?]*\\?(?:.*?[&?])?(?:status|text|t|title|subject)=([^&]+)", Pattern.CASE_INSENSITIVE);
    /** "Site: Title, Company, City, ST" as share texts of job boards write it. */
    private static final Pattern TITLE_COMPANY_PLACE = Pattern.compile(
            "^(?:[^:,]{2,40}:\\s+)?(?<t>[^,]{3,100}),\\s+(?<c>[^,]{2,60}),\\s+(?<l>[^,]{2,40},\\s*[A-Z]{2})$");
    private static final int MAX_LINKS = 300;

    private ShareLinks() {
    }

    static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        int seen = 0;
        for (Element a : doc.select("a[href]")) {
            if (++seen > MAX_LINKS) {
                break;
            }
            Matcher m = SHARE_TEXT.matcher(a.attr("href"));
            if (m.find()) {
                String text = decode(m.group(1)).replaceAll("\\s*(?:https?://|#)\\S*", " ").strip();
                if (!text.isEmpty() && !out.contains(text)) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    /** Votes from one share text: the usual title phrasings, and "Title, Company, City, ST". */
    static void read(String text, FieldVotes title, FieldVotes company, FieldVotes location) {
        TitlePatterns.read(text, title, company, location);
        Matcher m = TITLE_COMPANY_PLACE.matcher(text);
        if (m.matches()) {
            title.add(m.group("t"), 3);
            company.add(m.group("c"), 3);
            location.add(m.group("l"), 3);
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
