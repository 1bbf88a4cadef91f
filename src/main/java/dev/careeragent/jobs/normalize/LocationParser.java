package dev.careeragent.jobs.normalize;

import dev.careeragent.jobs.JobPosting.RemoteMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits location text ("Berlin, Berlin, Germany", "Austin, TX", "Hybrid work in London, UK", "Remote - US",
 * "Paris (75)") into city, region and ISO country code, and reads remote / hybrid / on-site wording.
 * US and Canadian regions are kept as their two-letter codes.
 */
public final class LocationParser {

    private static final Pattern HYBRID = Pattern.compile("\\bhybrid|\\bhybride", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOTE = Pattern.compile(
            "\\bremote|t[ée]l[ée]travail|work from home|\\bwfh\\b|home ?office|telecommut|\\bfully distributed\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_SITE = Pattern.compile(
            "\\bon-?site\\b|\\bin[- ]office\\b|\\bsur site\\b|pr[ée]sentiel|\\bvor ort\\b|\\bin[- ]person\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MODE_WORDS = Pattern.compile(
            "(?i)(?:\\b(?:fully|100%)\\s+)?(?:\\bremote|\\bhybride|\\bhybrid|\\bon-?site|\\bin[- ]office|\\bin[- ]person"
                    + "|t[ée]l[ée]travail|work from home|\\bwfh\\b|home ?office|pr[ée]sentiel|\\bsur site|\\bvor ort)"
                    + "(?:[- ](?:first|friendly|only|ok|possible|work|working|position|job|role))*"
                    + "(?:\\s+(?:in|from|within|based in|in the|across)\\b)?");
    private static final Pattern DEPARTMENT = Pattern.compile("\\((\\d{2,3}|2A|2B)\\)");
    private static final Pattern PARENS = Pattern.compile("\\(([^)]*)\\)");
    private static final Pattern ZIP = Pattern.compile("\\s+\\d{5}(?:-\\d{4})?$|^\\d{4,5}\\s+");
    private static final Pattern TIME_ZONE = Pattern.compile(
            "\\b(?:UTC|GMT)\\s*(?:[+\\-−]\\s*\\d{1,2}(?::\\d{2})?)?|\\b(?:CST|EST|PST|MST|CET|CEST|EET|BST|ET|PT|CT|MT)\\b");
    private static final Pattern EDGES = Pattern.compile("^[\\s,;:|/·•\\-–—()]+|[\\s,;:|/·•\\-–—()]+$");
    private static final Pattern SEPARATORS = Pattern.compile("[,;|·•]| - | – ");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FILLER = Pattern.compile("(?i)and|or|only|or remote|US-based");

    private final Countries countries = new Countries();

    public ParsedLocation parse(String text) {
        if (text == null || text.isBlank()) {
            return ParsedLocation.empty();
        }
        String s = SPACES.matcher(text).replaceAll(" ").strip();
        RemoteMode mode = remoteMode(s);
        String country = null;
        Matcher dept = DEPARTMENT.matcher(s);
        if (dept.find()) {
            country = "FR";
            s = dept.replaceAll("");
        }
        s = MODE_WORDS.matcher(TIME_ZONE.matcher(s).replaceAll("")).replaceAll(",");
        s = PARENS.matcher(s).replaceAll(",$1,");
        List<String> parts = new ArrayList<>();
        for (String p : SEPARATORS.split(s)) {
            String part = ZIP.matcher(EDGES.matcher(p).replaceAll("")).replaceAll("").strip();
            if (!part.isEmpty() && !FILLER.matcher(part).matches()) {
                parts.add(part);
            }
        }
        if (parts.stream().filter(p -> countries.code(p).isPresent() || countries.isMacroRegion(p)).count() >= 2) {
            return new ParsedLocation(null, String.join(", ", parts), null, mode);
        }
        String region = null;
        if (!parts.isEmpty()) {
            String last = parts.get(parts.size() - 1);
            Optional<String> state = parts.size() >= 2 || last.length() > 2 ? countries.usState(last) : Optional.empty();
            Optional<String> code = countries.code(last);
            if (parts.size() >= 2 && Countries.US_STATES.contains(last)) {
                region = last;
                country = "US";
            } else if (parts.size() >= 2 && Countries.CA_PROVINCES.contains(last)) {
                region = last;
                country = "CA";
            } else if (state.isPresent() && (parts.size() >= 2 || code.isEmpty())) {
                region = state.get();
                country = "US";
            } else if (code.isPresent()) {
                country = code.get();
            } else if (countries.isMacroRegion(last)) {
                region = last;
            } else {
                last = null;
            }
            if (last != null) {
                parts.remove(parts.size() - 1);
            }
        }
        if (!parts.isEmpty() && region == null && parts.size() >= 2) {
            String r = parts.remove(parts.size() - 1);
            region = "US".equals(country) ? countries.usState(r).orElse(r) : r;
        }
        if (region != null && "US".equals(country) && !parts.isEmpty() && parts.size() >= 2) {
            parts = parts.subList(0, 1);
        }
        String city = parts.isEmpty() ? null : parts.get(0);
        return new ParsedLocation(city, region, country, mode);
    }

    /** The ISO 3166 code for a country name or code ("United Kingdom", "DEU", "de"). */
    public Optional<String> countryCode(String country) {
        return countries.code(country);
    }

    /** Remote, hybrid or on-site from any wording; UNKNOWN when the text says nothing about it. */
    public static RemoteMode remoteMode(String text) {
        if (text == null) {
            return RemoteMode.UNKNOWN;
        }
        if (HYBRID.matcher(text).find()) {
            return RemoteMode.HYBRID;
        }
        if (REMOTE.matcher(text).find()) {
            return RemoteMode.REMOTE;
        }
        return ON_SITE.matcher(text).find() ? RemoteMode.ON_SITE : RemoteMode.UNKNOWN;
    }
}
