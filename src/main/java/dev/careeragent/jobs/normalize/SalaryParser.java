package dev.careeragent.jobs.normalize;

import dev.careeragent.jobs.JobPosting.SalaryPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads salary text as written on job boards ("$120K–$150K a year", "45 000 € par an", "₹10L - ₹15L")
 * into min/max, ISO 4217 currency and period. Text with no amount, or with a bare number and no
 * currency, period or "k" hint, gives empty: better no salary than a wrong one.
 */
public final class SalaryParser {

    // Digits with thousands groups ("120,000", "60.000", "45 000") and an optional decimal part.
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(\\d+(?:(?:[.,']|[ \\u00A0\\u202F](?=\\d{3}(?!\\d)))\\d+)*)"
                    + "(?:[ \\u00A0\\u202F]?(k|K|L|lakhs?|lacs?|Cr|crores?)(?![a-zA-Z]))?");
    private static final Pattern RANGE_GAP = Pattern.compile(
            "^[\\s\\u00A0\\u202F]*[^\\s\\d]{0,4}[\\s\\u00A0\\u202F]*(?:-|–|—|to|à|a|bis|~)"
                    + "[\\s\\u00A0\\u202F]*[^\\s\\d]{0,4}[\\s\\u00A0\\u202F]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM = Pattern.compile(
            "\\b(from|starting at|min(imum)?|at least|ab|à partir de|a partir de|dès)\\s*[^\\d\\s]{0,4}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UP_TO = Pattern.compile(
            "\\b(up to|max(imum)?|bis zu|jusqu'?à|jusqu’à|until)\\s*[^\\d\\s]{0,4}\\s*$", Pattern.CASE_INSENSITIVE);

    // Checked in this order, so "an hour" is hourly before French "an" (year) is tried.
    private static final SalaryPeriod[] PERIODS = {SalaryPeriod.HOUR, SalaryPeriod.DAY, SalaryPeriod.WEEK,
            SalaryPeriod.MONTH, SalaryPeriod.YEAR};
    private static final Pattern[] PERIOD_WORDS = {
            Pattern.compile("hour|\\bhr\\b|/ ?h\\b|\\bper h\\b|heure|stunde|\\bstd\\b|€/h"),
            Pattern.compile("\\bday\\b|daily|\\bper diem\\b|/ ?d\\b|\\bjour\\b|journalier|\\btag\\b|täglich"),
            Pattern.compile("week|\\bwk\\b|semaine|woche|wöchentlich"),
            Pattern.compile("month|/ ?mo\\b|\\bmois\\b|mensuel|monat|/ ?m\\b"),
            Pattern.compile("year|\\byr\\b|annual|annum|\\bp\\.? ?a\\.?(?![a-z])|\\ban\\b|annuel|jahr|jährlich|/ ?y\\b")};

    private final CurrencyDetector currencies = new CurrencyDetector();

    /** Parses salary text; empty when the text holds no recognisable pay. */
    public Optional<Salary> parse(String text) {
        return parse(text, null);
    }

    /** Like {@link #parse(String)}, using {@code defaultCurrency} when the text names none. */
    public Optional<Salary> parse(String text, String defaultCurrency) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        List<Amount> amounts = amounts(s);
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        String currency = currencies.detect(s).orElse(defaultCurrency);
        SalaryPeriod period = periodOf(s);
        boolean hinted = amounts.get(0).suffixed || currencies.detect(s).isPresent() || period != null;
        if (!hinted) {
            return Optional.empty();
        }
        Amount first = amounts.get(0);
        BigDecimal min = first.value;
        BigDecimal max = first.value;
        if (amounts.size() > 1 && RANGE_GAP.matcher(s.substring(first.end, amounts.get(1).start)).matches()) {
            Amount second = amounts.get(1);
            BigDecimal secondValue = second.value;
            if (second.multiplier != null && first.multiplier == null && first.value.compareTo(second.value) < 0
                    && first.value.multiply(second.multiplier).compareTo(secondValue) <= 0) {
                min = first.value.multiply(second.multiplier); // "$50-60K": the K applies to both ends
            }
            max = secondValue;
        } else {
            String before = s.substring(0, first.start);
            if (FROM.matcher(before).find()) {
                max = null;
            } else if (UP_TO.matcher(before).find()) {
                min = null;
            }
        }
        if (period == null) {
            period = inferPeriod(max != null ? max : min);
        }
        return Optional.of(new Salary(strip(min), strip(max), currency, period));
    }

    /** A period from a word or code such as "YEARLY", "hourly", "1 YEAR", "Monat"; null if unknown. */
    public static SalaryPeriod periodOf(String text) {
        if (text == null) {
            return null;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < PERIOD_WORDS.length; i++) {
            if (PERIOD_WORDS[i].matcher(t).find()) {
                return PERIODS[i];
            }
        }
        return null;
    }

    private static SalaryPeriod inferPeriod(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return SalaryPeriod.YEAR;
        }
        return value.compareTo(BigDecimal.valueOf(300)) <= 0 ? SalaryPeriod.HOUR : null;
    }

    private static List<Amount> amounts(String s) {
        List<Amount> result = new ArrayList<>();
        Matcher m = AMOUNT.matcher(s);
        while (m.find() && result.size() < 4) {
            BigDecimal multiplier = multiplier(m.group(2));
            BigDecimal number = number(m.group(1));
            if (number == null || isPercentOrYear(s, m, number, multiplier)) {
                continue;
            }
            BigDecimal value = multiplier == null ? number : number.multiply(multiplier);
            result.add(new Amount(value, multiplier, m.start(), m.end(), multiplier != null));
        }
        return result;
    }

    private static boolean isPercentOrYear(String s, Matcher m, BigDecimal number, BigDecimal multiplier) {
        boolean plainDigits = m.group(1).chars().allMatch(Character::isDigit);
        String after = s.substring(m.end()).stripLeading();
        if (after.startsWith("%") || after.startsWith("+ years") || after.matches("(?is)^(years?|ans|jahren?|jahre)\\b.*")) {
            return true;
        }
        return plainDigits && multiplier == null && number.intValue() >= 1990 && number.intValue() <= 2100
                && !s.substring(Math.max(0, m.start() - 1), m.start()).matches("[$€£¥₹]");
    }

    private static BigDecimal multiplier(String suffix) {
        if (suffix == null) {
            return null;
        }
        String x = suffix.toLowerCase(Locale.ROOT);
        if (x.equals("k")) {
            return BigDecimal.valueOf(1_000);
        }
        if (x.startsWith("l")) {
            return BigDecimal.valueOf(100_000);
        }
        return BigDecimal.valueOf(10_000_000);
    }

    /** "120,000" / "60.000" / "45 000" / "100,000.00" / "12,50" / "1.5" to a number. */
    static BigDecimal number(String raw) {
        String digits = raw.replaceAll("[ \\u00A0\\u202F']", "");
        int lastSep = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
        String normalised;
        if (lastSep < 0) {
            normalised = digits;
        } else {
            int decimals = digits.length() - lastSep - 1;
            char sep = digits.charAt(lastSep);
            boolean otherSepBefore = digits.substring(0, lastSep).indexOf(sep == '.' ? ',' : '.') >= 0;
            boolean sameSepTwice = digits.indexOf(sep) != lastSep;
            boolean decimal = decimals != 3 || (otherSepBefore && !sameSepTwice);
            if (sameSepTwice) {
                decimal = false;
            }
            normalised = decimal
                    ? digits.substring(0, lastSep).replaceAll("[.,]", "") + "." + digits.substring(lastSep + 1)
                    : digits.replaceAll("[.,]", "");
        }
        try {
            return new BigDecimal(normalised);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal strip(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private record Amount(BigDecimal value, BigDecimal multiplier, int start, int end, boolean suffixed) {
    }
}
