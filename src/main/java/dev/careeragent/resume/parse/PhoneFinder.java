package dev.careeragent.resume.parse;

import java.util.List;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;

/**
 * Phone numbers that libphonenumber knows to be valid, in any of their written forms (international, dotted,
 * spaced, bracketed). A number without a country code is tried against the regions resumes most often come from.
 */
final class PhoneFinder {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final List<String> REGIONS = List.of("US", "GB", "IN", "CA", "AU", "DE", "FR", "IE", "NZ", "SG",
            "ES", "IT", "BR", "MX", "NL", "BE", "PT", "AT", "CH", "SE", "PL", "ZA", "NG", "PH", "PK", "AE", "EG");
    private static final Pattern DATE = Pattern.compile("\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{2,4}");
    private static final Pattern DASHES = Pattern.compile("[\u2012\u2013\u2014\u2015\u2212]");
    private static final Pattern COUNTRY_CODE = Pattern.compile("\\+\\(?\\d{1,3}\\)?[\\s.-]*$");
    /**
     * A town and its region or country after a code of two long digit groups ("18781-00100, Nairobi, Kenya"): a postal
     * code, no phone ("+1 (415) 555-0142, San Francisco, CA" is one).
     */
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{4,6}-\\d{4,5}");
    private static final Pattern ADDRESS_TAIL = Pattern.compile("\\s*,\\s*\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+)?"
            + "\\s*,\\s*\\p{Lu}");
    private static final Pattern SEVEN_DIGITS = Pattern.compile("(?:\\d\\D{0,3}){7}");
    /** Contact details sit at the top; a long run of digits and dashes further down must not cost seconds. */
    private static final int MAX_CHARS = 20_000;
    private static final long MAX_TRIES = 200;

    /** The first valid number in the text as written, or null. */
    String find(String text) {
        if (!SEVEN_DIGITS.matcher(text).find()) {
            return null;
        }
        String normal = DASHES.matcher(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text).replaceAll("-");
        // every region's first valid number; the one written first wins, then the longest ("(11) 98765-4321" whole,
        // not its last nine digits valid in another region)
        PhoneNumberMatch best = null;
        for (String region : REGIONS) {
            for (PhoneNumberMatch m : UTIL.findNumbers(normal, region, Leniency.VALID, MAX_TRIES)) {
                String raw = m.rawString().strip();
                if (!isDate(raw) && !afterCountryCode(normal, m.start()) && !postalCode(raw, normal, m.end())) {
                    boolean better = best == null || m.start() < best.start()
                            || m.start() == best.start() && m.rawString().length() > best.rawString().length();
                    best = better ? m : best;
                    break;
                }
            }
        }
        return best == null ? null : best.rawString().strip().replaceAll("\\s+", " ");
    }

    /** A national number right after a written country code ("+39 0325…") is part of that number, not one of its own. */
    private static boolean afterCountryCode(String text, int start) {
        return COUNTRY_CODE.matcher(text.substring(Math.max(0, start - 6), start)).find();
    }

    /** The number written as {@code raw}, ending at {@code end} of the text, is an address's postal code. */
    static boolean postalCode(String raw, String text, int end) {
        return POSTAL_CODE.matcher(raw.strip()).matches() && ADDRESS_TAIL.matcher(text).region(end, text.length()).lookingAt();
    }

    static boolean isDate(String candidate) {
        return DATE.matcher(candidate.strip()).matches();
    }
}
