package dev.careeragent.sources.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Votes from markup that names what an element holds: schema.org microdata ({@code itemprop}) and the class,
 * id and test attributes ATS and job-board templates use ({@code job-title}, {@code data-automation="advertiser-name"},
 * {@code data-ui="job-location"}, {@code topcard__org-name-link} ...), matched by the words they contain.
 */
final class MarkerVotes {

    private static final List<String> TITLE = List.of("jobtitle", "postingheadline", "positiontitle", "apptitle",
            "jobpostingheader", "jobdetailtitle", "topcardtitle", "cardlayouttitle", "jobinfoheadertitle",
            "jobheadertitle", "namejob", "vacancytitle", "jobname", "postingtitle", "jobposttitle");
    private static final List<String> COMPANY = List.of("companyname", "employername", "advertisername", "orgname",
            "hiringorganization", "hiringcompany", "jobcompany", "companylink", "employerinfo", "company", "employer");
    private static final List<String> LOCATION = List.of("joblocation", "companylocation", "jobdetaillocation",
            "locationtext", "location", "locations");
    private static final Set<String> PLACE_NAMES = Set.of("city", "cityname", "town", "jobcity", "jobtown");
    private static final Pattern EMPLOYER_THEN_PLACE = Pattern.compile("(?<c>.{2,60}?\\b(?:AG|GmbH|SA|Sàrl|SARL|Inc\\.?|LLC|Ltd\\.?"
            + "|plc|A/S|ApS|AB|BV|NV|S\\.A\\.|S\\.p\\.A\\.|Srl))\\s+[-–—|·]\\s+(?<l>\\p{Lu}.{1,60})");
    private static final String MARKER_ATTRIBUTES = "class id itemprop data-testid data-test data-automation "
            + "data-automation-id data-ui data-qa data-at data-cy data-field";
    private static final int MAX_TEXT = 120;

    private MarkerVotes() {
    }

    static void read(Document doc, FieldVotes title, FieldVotes company, FieldVotes location) {
        microdata(doc, title, company, location);
        List<Element> marked = new ArrayList<>();
        Map<String, Set<String>> textsByMarker = new HashMap<>();
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            String marker = marker(e);
            if (!marker.isEmpty() && !navigation(e, marker)) {
                marked.add(e);
                textsByMarker.computeIfAbsent(marker, k -> new HashSet<>()).add(FieldVotes.key(e.text()));
            }
        }
        int seen = 0;
        for (Element e : marked) {
            String marker = marker(e);
            String text = marker.contains("logo") ? logoName(e) : e.text();
            if (text.isBlank() || text.length() > MAX_TEXT) {
                continue;
            }
            // The same marker on several different values is a list of other jobs ("similar jobs" cards).
            double decay = 1.0 / (1 + seen / 6.0) / textsByMarker.get(marker).size();
            if (matches(marker, TITLE) && !marker.contains("similar")) {
                title.add(text, 6 * decay);
                seen++;
            } else if (matches(marker, COMPANY) && !marker.contains("about") && !marker.contains("description")) {
                company.add(text, (marker.contains("company") && !marker.contains("companyname") ? 4 : 6) * decay);
                seen++;
            } else if (matches(marker, LOCATION) && !marker.contains("allocation") || named(marker, PLACE_NAMES)) {
                placeOrEmployerAndPlace(LabelVotes.withoutLocationLabel(text), 5 * decay, company, location);
                seen++;
            }
        }
    }

    /**
     * A place box that names the employer first: "Spital Affoltern AG - Affoltern am Albis" is the employer (its legal
     * form shows it) and the town.
     */
    private static void placeOrEmployerAndPlace(String text, double weight, FieldVotes company, FieldVotes location) {
        Matcher m = EMPLOYER_THEN_PLACE.matcher(text);
        if (m.matches()) {
            company.add(m.group("c"), weight * 0.8);
            location.add(m.group("l"), weight);
        } else {
            location.add(text, weight);
        }
    }

    /** Markers that are exactly a place word ("city", "cityName", "town"), not a word ending in one ("opacity"). */
    private static boolean named(String marker, Set<String> words) {
        for (String part : marker.split(" ")) {
            if (words.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Menus and navigation bars ("nav-primary-employer", an entry inside {@code <nav>}) name sections, not fields. */
    private static boolean navigation(Element e, String marker) {
        for (String part : marker.split(" ")) {
            if (part.startsWith("nav") || part.startsWith("menu")) {
                return true;
            }
        }
        return e.closest("nav") != null;
    }

    /** A logo names its owner in the image's alt text ("Acme logo"). */
    private static String logoName(Element e) {
        Element img = e.is("img") ? e : e.selectFirst("img[alt]");
        return img == null ? "" : img.attr("alt").replaceFirst("(?i)\\s*logo$", "");
    }

    private static void microdata(Document doc, FieldVotes title, FieldVotes company, FieldVotes location) {
        for (Element scope : doc.select("[itemtype*=JobPosting]")) {
            Element t = scope.selectFirst("[itemprop=title]");
            if (t != null) {
                title.add(t.hasAttr("content") ? t.attr("content") : t.text(), 9);
            }
        }
        for (Element org : doc.select("[itemprop=hiringOrganization]")) {
            Element name = org.selectFirst("[itemprop=name]");
            String v = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
                    : org.hasAttr("content") ? org.attr("content") : org.text();
            company.add(v, 9);
        }
        for (Element place : doc.select("[itemprop=jobLocation]")) {
            Element city = place.selectFirst("[itemprop=addressLocality]");
            Element region = place.selectFirst("[itemprop=addressRegion]");
            String r = region == null ? "" : itemValue(region);
            String v = city == null ? itemValue(place) : itemValue(city)
                    + (r.isBlank() || FieldVotes.key(itemValue(city)).contains(FieldVotes.key(r)) ? "" : ", " + r);
            location.add(v, 8);
        }
    }

    /** A microdata property's value: a {@code <meta>}'s content, else the element's text. */
    private static String itemValue(Element e) {
        return e.hasAttr("content") ? e.attr("content") : e.text();
    }

    /** The element's naming attributes squashed to lower-case letters ("job__title", "jobTitle" -> "jobtitle"). */
    private static String marker(Element e) {
        StringBuilder out = new StringBuilder();
        for (Attribute a : e.attributes()) {
            if (MARKER_ATTRIBUTES.contains(a.getKey())) {
                out.append(a.getValue().toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "")).append(' ');
            }
        }
        for (String token : e.classNames()) {
            componentParts(token, out);
        }
        return out.toString();
    }

    /**
     * The named parts of a styled component's class ("Card__CompanyLink-sc-dkg8my-13", "JobLocation__Wrapper-sc-v7ofa9-0"):
     * each capitalised part between "__" without its generated suffix, so the word is not lost in the squashed whole
     * (a CSS module's "hero_locations__eRnMu" is left as it is: its parts are a page section and a hash).
     */
    private static void componentParts(String token, StringBuilder out) {
        if (!token.contains("__")) {
            return;
        }
        for (String part : token.split("__")) {
            String word = part.split("-", 2)[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (!word.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                out.append(word).append(' ');
            }
        }
    }

    private static boolean matches(String marker, List<String> words) {
        for (String part : marker.split(" ")) {
            for (String w : words) {
                if (part.equals(w) || part.endsWith(w) || part.startsWith(w) && part.length() <= w.length() + 4) {
                    return true;
                }
            }
        }
        return false;
    }
}
