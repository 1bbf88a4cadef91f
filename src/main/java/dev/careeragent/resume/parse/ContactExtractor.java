package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careeragent.resume.model.Link;

/** Finds email, phone, links and location in contact lines. */
final class ContactExtractor {

    static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+%-])[\\w.+%-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){0,8}\\.[a-zA-Z]{2,24}(?![a-zA-Z])");
    /** "Walmart - Newberry": a place name never holds a spaced dash; it parts an employer from its town. */
    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-–—]\\s");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w/.@-])(?:\\+\\s?\\d{1,3}[\\s.-]?|\\(\\+?\\d{1,4}\\)\\s?)?(?:\\(\\d{1,5}\\)[\\s.-]?)?\\d[\\d\\s.()-]{5,18}\\d(?![\\w@])");
    /** A dot set between a phone number's digit groups ("(+44) · 786 · 024 · 0326") is a space there. */
    private static final Pattern DOT_SEPARATOR = Pattern.compile("(?<=[\\d)])\\s*[·∙•]\\s*(?=[\\d(])");
    private static final Pattern PHONE_LABEL = Pattern.compile("(?i)\\b(phone|tel|mobile|cell|telefon|handy|t[eé]l[eé]phone|m[oó]vil)\\b");
    private static final Pattern YEARS = Pattern.compile("^(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?$");
    private static final Pattern URL = Pattern.compile("(?i)(?<![@\\w.])(?:https?://)?(?:www\\.)?"
            + "(?:[a-z0-9-]{1,63}\\.){1,8}(?:com|io|dev|me|net|org|in|co|ai|app|tech|xyz|de|fr|es|uk|edu|info|site|page|eu|ch|at|nl|pl|gr)"
            + "(?:/[\\w\\-./%~#?=&+]{0,2000})?(?![\\w@])");
    private static final Pattern HANDLE = Pattern.compile("(?i)\\b(github|gitlab|linkedin|twitter)\\s*:?\\s*(@[\\w-]+|/in/[\\w-]+)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern STREET = Pattern.compile("^\\d+\\s+[\\p{L}.' ]+?\\b(?:road|rd|street|st|avenue|ave|way"
            + "|drive|dr|lane|ln|blvd|boulevard|court|ct|place|pl)\\.?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ZIP_TAIL = Pattern.compile("\\s+\\d{4,6}(?:-\\d{4})?$");
    private static final Pattern LOCATION_LABEL = Pattern.compile("(?i)^(location|address|adresse|wohnort|ort|ubicaci[oó]n|direcci[oó]n)\\s*:\\s*");
    static final Set<String> US_STATES = Set.of("alabama", "alaska", "arizona", "arkansas", "california", "colorado",
            "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
            "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
            "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
            "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
            "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
            "west virginia", "wisconsin", "wyoming");
    private static final Set<String> REGION_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "ON", "QC", "BC", "AB", "NSW", "VIC", "QLD", "UK", "USA", "UAE", "NRW", "BY",
            "BW", "FR", "ES", "IT", "NL", "CH", "AT", "PL", "GR", "IE", "SG", "AU", "NZ", "BR", "MX");
    private static final Pattern ORGANISATION = Pattern.compile("(?iu)\\b(universit\\w*|college|institute|school|inc|llc|ltd"
            + "|corp|company|bank|gmbh|group|foundation|hospital|academy|labs?|technologies|solutions)\\b");
    static final Set<String> COUNTRIES = Set.of("usa", "us", "united states", "uk", "united kingdom", "england",
            "germany", "deutschland", "france", "spain", "espana", "españa", "italy", "canada", "india", "china", "japan",
            "korea", "south korea", "republic of korea", "s.korea", "australia", "brazil", "mexico", "netherlands",
            "belgium", "switzerland", "schweiz", "austria", "österreich", "poland", "polska", "greece", "sweden",
            "norway", "denmark", "finland", "ireland", "portugal", "turkey", "türkiye", "turkiye", "israel",
            "singapore", "argentina", "chile", "colombia", "peru", "nigeria", "kenya", "egypt", "south africa",
            "pakistan", "bangladesh", "indonesia", "vietnam", "philippines", "new zealand", "russia", "ukraine",
            "romania", "czech republic", "czechia", "hungary", "uae", "united arab emirates", "remote",
            "the netherlands", "nederland", "serbia", "croatia", "hrvatska", "slovenia", "slovakia", "bulgaria",
            "lithuania", "latvia", "estonia", "belarus", "kazakhstan", "armenia", "iran", "iraq", "jordan", "lebanon",
            "saudi arabia", "qatar", "kuwait", "oman", "bahrain", "morocco", "algeria", "tunisia", "ghana", "ethiopia",
            "uganda", "tanzania", "rwanda", "malaysia", "thailand", "taiwan", "hong kong", "sri lanka", "nepal",
            "luxembourg", "iceland", "cyprus", "malta", "italia", "brasil", "méxico", "kroatien", "polen", "italien",
            "spanien", "frankreich", "niederlande", "schweden", "china pr", "trinidad and tobago", "jamaica");

    private final PhoneFinder phones = new PhoneFinder();

    String email(String text) {
        Matcher m = EMAIL.matcher(text);
        return m.find() ? m.group() : null;
    }

    /**
     * A phone number: one libphonenumber finds valid first; else 7 to 15 digits written as a phone number (fictional
     * 555 numbers of sample resumes are not valid), not a year, year range or date.
     */
    String phone(String raw) {
        String text = DOT_SEPARATOR.matcher(raw).replaceAll(" ");
        String valid = phones.find(text);
        if (valid != null) {
            return valid;
        }
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String candidate = m.group().strip();
            String digits = candidate.replaceAll("\\D", "");
            if (digits.length() < 7 || digits.length() > 15 || YEARS.matcher(candidate).matches()
                    || candidate.matches("\\d{4}\\s*[-–]\\s*\\d{4}") || candidate.matches("[\\d.]+\\.[\\d.]+")
                    || PhoneFinder.isDate(candidate) || PhoneFinder.postalCode(candidate, text, m.end())) {
                continue;
            }
            boolean formatted = candidate.startsWith("+") || candidate.contains("(") || candidate.matches(".*\\d[\\s.-]\\d.*")
                    || PHONE_LABEL.matcher(text).find();
            if (formatted) {
                return candidate.replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    /** A country, US state or region code on its own ("USA", "Georgia", "TX", "Mo."). */
    boolean isRegion(String text) {
        String t = text.strip().replaceAll("\\.$", "");
        String lower = t.toLowerCase(Locale.ROOT);
        return COUNTRIES.contains(lower) || US_STATES.contains(lower)
                || t.length() <= 3 && REGION_CODES.contains(t.toUpperCase(Locale.ROOT)) && Character.isUpperCase(t.charAt(0));
    }

    /** A valid number written with its country code ("+91 99522 84398"): safe to take from anywhere in the text. */
    String internationalPhone(String text) {
        String found = text.contains("+") ? phones.find(text) : null;
        return found != null && found.startsWith("+") ? found : null;
    }

    List<Link> links(String text) {
        Map<String, Link> found = new LinkedHashMap<>();
        String withoutEmails = EMAIL.matcher(text).replaceAll(" ");
        Matcher m = URL.matcher(withoutEmails);
        while (m.find()) {
            String url = m.group().replaceAll("[.,;)]+$", "");
            if (!url.contains("/") && !url.toLowerCase(Locale.ROOT).startsWith("www.") && url.matches("(?i).*\\.(in|co|me|at)$")
                    && !url.contains("-")) {
                continue;
            }
            found.putIfAbsent(key(url), new Link(label(url), url));
        }
        Matcher h = HANDLE.matcher(withoutEmails);
        while (h.find()) {
            String network = h.group(1).toLowerCase(Locale.ROOT);
            String handle = h.group(2).startsWith("@") ? h.group(2).substring(1) : h.group(2).substring(1);
            String url = network + ".com/" + handle;
            if (found.keySet().stream().noneMatch(k -> k.startsWith(network))) {
                found.put(key(url), new Link(label(url), url));
            }
        }
        return new ArrayList<>(found.values());
    }

    static String key(String url) {
        return url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceAll("/$", "");
    }

    static String label(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        if (u.contains("linkedin.com")) {
            return "LinkedIn";
        }
        if (u.contains("github.com")) {
            return "GitHub";
        }
        if (u.contains("gitlab.com")) {
            return "GitLab";
        }
        if (u.contains("twitter.com") || u.contains("x.com/")) {
            return "Twitter";
        }
        if (u.contains("stackoverflow.com")) {
            return "Stack Overflow";
        }
        return "Website";
    }

    /** A place written as "City, ST", "City, Country" or "City, Region, Country"; null when the text is not one. */
    String location(String text) {
        if (text.indexOf(',') < 0 && text.length() > 25) {
            return null;
        }
        String t = LOCATION_LABEL.matcher(text.strip()).replaceFirst("");
        t = ZIP_TAIL.matcher(t).replaceFirst("").strip();
        if (t.endsWith(".") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() > 60 || t.length() < 4 || t.indexOf('@') >= 0 || DIGIT.matcher(t).find()) {
            return null;
        }
        String[] parts = COMMA.split(t);
        if (parts.length < 2 || parts.length > 4) {
            return COUNTRIES.contains(t.toLowerCase(Locale.ROOT)) && !t.equalsIgnoreCase("us") ? t : null;
        }
        for (String part : parts) {
            if (part.isEmpty() || !Character.isUpperCase(part.codePointAt(0)) || WHITESPACE.split(part).length > 3
                    || ORGANISATION.matcher(part).find() || SPACED_DASH.matcher(part).find()) {
                return null;
            }
        }
        int before = placesBefore(parts[parts.length - 1]);
        return before > 0 && parts.length - 1 <= before ? t : null;
    }

    /** How many place names may precede this last part: one before a US state, two before a country. */
    private static int placesBefore(String last) {
        String lower = last.toLowerCase(Locale.ROOT);
        if (US_STATES.contains(lower) || (REGION_CODES.contains(last) && last.length() == 2)) {
            return 1;
        }
        return REGION_CODES.contains(last) || COUNTRIES.contains(lower) ? 2 : 0;
    }

    /** The location anywhere in a line: the longest comma group that reads as a place. */
    String locationIn(String text) {
        Matcher label = LOCATION_LABEL.matcher(text.strip());
        if (label.find()) {
            String place = location(text.strip().substring(label.end()));
            return place != null ? place : text.strip().substring(label.end()).strip();
        }
        String[] parts = COMMA.split(text);
        for (int end = 1; end < parts.length; end++) {
            String last = ZIP_TAIL.matcher(parts[end]).replaceFirst("").strip();
            int before = placesBefore(last);
            if (before == 0) {
                continue;
            }
            String place = null;
            for (int from = end - 1; from >= Math.max(0, end - before); from--) {
                String candidate = String.join(", ", java.util.Arrays.copyOfRange(parts, from, end + 1));
                String found = location(stripStreet(candidate));
                if (found == null) {
                    break;
                }
                place = found;
            }
            if (place == null) {
                place = cityAtEndOf(parts[end - 1], last);
            }
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /** "Kent State University Kent, Ohio": the city is the last words before the comma. */
    private String cityAtEndOf(String part, String region) {
        String[] words = part.strip().split("\\s+");
        for (int k = Math.min(2, words.length - 1); k >= 1; k--) {
            String city = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
            String place = location(city + ", " + region);
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    /** "2222 McCoy Road Columbus" keeps "Columbus": a street with a house number is not the city. */
    private static String stripStreet(String candidate) {
        Matcher street = STREET.matcher(candidate);
        return street.find() ? candidate.substring(street.end()) : candidate;
    }
}
