package dev.careeragent.sources.web;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a short text can be a job's place. Header lines next to a title also hold the employment type
 * ("Full-Time, Employee"), the team ("Engineering, Full stack") or a phrase ("Jobs in the United States"); those are
 * never places. A text naming a country, a US state or Canadian province code, a postcode or remote work is one.
 */
final class PlaceCheck {

    private static final Set<String> NOT_PLACE_WORDS = Set.of("full", "part", "time", "fulltime", "parttime",
            "employee", "employees", "contract", "contractor", "permanent", "temporary", "temp", "internship",
            "freelance", "engineering", "design", "product", "marketing", "sales", "operations", "finance", "stack",
            "backend", "frontend", "department", "team", "category", "jobs", "job", "salary", "hour", "hours", "year",
            "apply", "posted", "experience", "level", "senior", "junior", "role", "type", "seniority", "benefits",
            "description", "schedule", "shift", "company", "location", "locations", "employer", "industry", "date", "about",
            "name", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "DC", "AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK");
    private static final Set<String> COUNTRIES = countries();
    private static final Pattern POSTCODE = Pattern.compile("\\b\\d{5,6}\\b|\\b[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}\\b");
    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern REMOTE = Pattern.compile("(?i)\\b(?:remote|anywhere|hybrid|worldwide)\\b");

    private PlaceCheck() {
    }

    /** False for employment types, teams, levels, labels and sentences about jobs. */
    static boolean canBePlace(String value) {
        if (value == null || value.length() > 100 || value.chars().filter(Character::isDigit).count() > 8
                || CLOCK_TIME.matcher(value).find()) {
            return false;
        }
        for (String word : value.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (NOT_PLACE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** True when the text names a country, state code, postcode or remote work: stronger evidence of a place. */
    static boolean namesPlace(String value) {
        if (value == null) {
            return false;
        }
        if (REMOTE.matcher(value).find() || POSTCODE.matcher(value).find()) {
            return true;
        }
        for (String part : value.split("\\s*[,/(|·]\\s*|\\s+-\\s+")) {
            String p = part.replaceAll("[).]+$", "").strip();
            if (STATE_CODES.contains(p) || p.length() > 3 && STATE_CODES.contains(p.substring(0, 2))
                    && p.charAt(2) == ' ' && p.substring(3).matches("\\d{5}(-\\d{4})?")
                    || COUNTRIES.contains(p.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A named place, not only a work mode: "Berlin, Germany" yes, "Remote" no ("Remote - US" yes). */
    static boolean namesRealPlace(String value) {
        return value != null && namesPlace(REMOTE.matcher(value).replaceAll(" ")) || countryIn(value);
    }

    /** A country named anywhere in the text as whole words ("Australia Singapore New Zealand"). */
    private static boolean countryIn(String value) {
        if (value == null) {
            return false;
        }
        String padded = " " + value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        for (String c : COUNTRIES) {
            if (c.length() > 3 && padded.contains(" " + c + " ")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> countries() {
        Set<String> out = new HashSet<>(Set.of("usa", "us", "uk", "united states", "united kingdom", "uae", "england",
                "scotland", "wales", "emea", "apac", "europe", "asia", "americas", "latam", "eu"));
        for (String iso : Locale.getISOCountries()) {
            out.add(new Locale("", iso).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
