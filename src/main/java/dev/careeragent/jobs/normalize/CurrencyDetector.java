package dev.careeragent.jobs.normalize;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the ISO 4217 currency of salary text from a code ("EUR"), a prefixed dollar ("CA$") or a symbol. */
final class CurrencyDetector {

    private static final Pattern CODE = Pattern.compile(
            "\\b(USD|EUR|GBP|CAD|AUD|NZD|INR|CHF|JPY|CNY|SGD|HKD|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|ZAR|AED|ILS|TRY|RON)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> PREFIXED = new LinkedHashMap<>();
    private static final Map<String, String> SYMBOLS = new LinkedHashMap<>();

    static {
        PREFIXED.put("US$", "USD");
        PREFIXED.put("CA$", "CAD");
        PREFIXED.put("C$", "CAD");
        PREFIXED.put("AU$", "AUD");
        PREFIXED.put("A$", "AUD");
        PREFIXED.put("NZ$", "NZD");
        PREFIXED.put("HK$", "HKD");
        PREFIXED.put("S$", "SGD");
        PREFIXED.put("R$", "BRL");
        PREFIXED.put("MX$", "MXN");
        SYMBOLS.put("€", "EUR");
        SYMBOLS.put("£", "GBP");
        SYMBOLS.put("₹", "INR");
        SYMBOLS.put("¥", "JPY");
        SYMBOLS.put("₩", "KRW");
        SYMBOLS.put("₽", "RUB");
        SYMBOLS.put("₺", "TRY");
        SYMBOLS.put("₪", "ILS");
        SYMBOLS.put("₱", "PHP");
        SYMBOLS.put("zł", "PLN");
        SYMBOLS.put("CHF", "CHF");
        SYMBOLS.put("Fr.", "CHF");
        SYMBOLS.put("$", "USD");
    }

    Optional<String> detect(String text) {
        Matcher code = CODE.matcher(text);
        if (code.find()) {
            return Optional.of(code.group(1).toUpperCase(Locale.ROOT));
        }
        for (Map.Entry<String, String> e : PREFIXED.entrySet()) {
            if (text.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        for (Map.Entry<String, String> e : SYMBOLS.entrySet()) {
            if (text.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
