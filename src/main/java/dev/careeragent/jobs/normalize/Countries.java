package dev.careeragent.jobs.normalize;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Country names (English, French, German, common aliases) and US/Canadian region codes to ISO 3166 codes. */
final class Countries {

    static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
            "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY", "DC", "PR");
    static final Set<String> CA_PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC",
            "SK", "YT");
    private static final Set<String> MACRO_REGIONS = Set.of("emea", "europe", "eu", "americas", "north america",
            "latam", "latin america", "south america", "apac", "asia", "africa", "middle east", "oceania", "nordics",
            "dach", "worldwide", "anywhere", "global", "international");

    private static final Set<String> ISO2 = Set.of(Locale.getISOCountries());

    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byIso3 = new HashMap<>();
    private final Map<String, String> usStateNames = new HashMap<>();

    Countries() {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            byIso3.put(country.getISO3Country(), code);
            for (Locale language : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN}) {
                byName.put(key(country.getDisplayCountry(language)), code);
            }
        }
        String[][] aliases = {{"usa", "US"}, {"us", "US"}, {"u.s.", "US"}, {"u.s.a.", "US"}, {"united states of america", "US"},
                {"america", "US"}, {"uk", "GB"}, {"u.k.", "GB"}, {"great britain", "GB"}, {"britain", "GB"},
                {"england", "GB"}, {"scotland", "GB"}, {"wales", "GB"}, {"northern ireland", "GB"},
                {"deutschland", "DE"}, {"holland", "NL"}, {"the netherlands", "NL"}, {"uae", "AE"},
                {"south korea", "KR"}, {"korea", "KR"}, {"russia", "RU"}, {"czech republic", "CZ"},
                {"vietnam", "VN"}, {"turkey", "TR"}, {"türkiye", "TR"}, {"hong kong", "HK"}, {"taiwan", "TW"},
                {"macau", "MO"}, {"ivory coast", "CI"}, {"schweiz", "CH"}, {"suisse", "CH"}, {"österreich", "AT"}};
        for (String[] a : aliases) {
            byName.put(key(a[0]), a[1]);
        }
        String[][] states = {{"alabama", "AL"}, {"alaska", "AK"}, {"arizona", "AZ"}, {"arkansas", "AR"},
                {"california", "CA"}, {"colorado", "CO"}, {"connecticut", "CT"}, {"delaware", "DE"}, {"florida", "FL"},
                {"georgia", "GA"}, {"hawaii", "HI"}, {"idaho", "ID"}, {"illinois", "IL"}, {"indiana", "IN"},
                {"iowa", "IA"}, {"kansas", "KS"}, {"kentucky", "KY"}, {"louisiana", "LA"}, {"maine", "ME"},
                {"maryland", "MD"}, {"massachusetts", "MA"}, {"michigan", "MI"}, {"minnesota", "MN"},
                {"mississippi", "MS"}, {"missouri", "MO"}, {"montana", "MT"}, {"nebraska", "NE"}, {"nevada", "NV"},
                {"new hampshire", "NH"}, {"new jersey", "NJ"}, {"new mexico", "NM"}, {"new york", "NY"},
                {"north carolina", "NC"}, {"north dakota", "ND"}, {"ohio", "OH"}, {"oklahoma", "OK"}, {"oregon", "OR"},
                {"pennsylvania", "PA"}, {"rhode island", "RI"}, {"south carolina", "SC"}, {"south dakota", "SD"},
                {"tennessee", "TN"}, {"texas", "TX"}, {"utah", "UT"}, {"vermont", "VT"}, {"virginia", "VA"},
                {"washington", "WA"}, {"west virginia", "WV"}, {"wisconsin", "WI"}, {"wyoming", "WY"},
                {"district of columbia", "DC"}};
        for (String[] s : states) {
            usStateNames.put(s[0], s[1]);
        }
    }

    /** The ISO code for a country name or code, if it is one. */
    Optional<String> code(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String k = key(text);
        String byNameCode = byName.get(k);
        if (byNameCode != null) {
            return Optional.of(byNameCode);
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && ISO2.contains(upper)) {
            return Optional.of(upper);
        }
        return upper.length() == 3 ? Optional.ofNullable(byIso3.get(upper)) : Optional.empty();
    }

    /** The US state code for a state name ("Texas") or code ("TX"). */
    Optional<String> usState(String text) {
        String t = text.strip();
        if (US_STATES.contains(t)) {
            return Optional.of(t);
        }
        return Optional.ofNullable(usStateNames.get(t.toLowerCase(Locale.ROOT)));
    }

    boolean isMacroRegion(String text) {
        return MACRO_REGIONS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    private static String key(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 128)) {
            return lower;
        }
        String decomposed = Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }
}
