package dev.careeragent.resume.read;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Repairs what PDF and word-processor text extraction leaves behind: ligatures, odd spaces, spaced letters. */
public final class TextCleaner {

    private static final Pattern SPACED_LETTERS = Pattern.compile("(?<![\\p{L}\\p{N}])(?:\\p{L} ){3,}\\p{L}(?![\\p{L}\\p{N}])");
    private static final Pattern MANY_SPACES = Pattern.compile(" {2,}");
    /** A space before a comma ("Denver , CO"): text runs split and re-spaced by the PDF writer. */
    private static final Pattern SPACE_BEFORE_COMMA = Pattern.compile("(?<=\\p{L}) +(?=,)");
    private static final Pattern EMPTY_CELLS = Pattern.compile("\\s*\\t[\\s\\t]*");
    private static final Pattern REPEATED_HYPHENS = Pattern.compile("(?<=\\w)-{2,}(?=\\w)");
    /** A rule typed after a heading ("Erfahrung ________"): a line drawn across the page, no text. */
    private static final Pattern TYPED_RULE = Pattern.compile("[ \\t]*[_─━═]{3,}[ \\t]*$");

    private TextCleaner() {
    }

    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length() + 8);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\uFB00' -> out.append("ff");
                case '\uFB01' -> out.append("fi");
                case '\uFB02' -> out.append("fl");
                case '\uFB03' -> out.append("ffi");
                case '\uFB04' -> out.append("ffl");
                case '\uFB05', '\uFB06' -> out.append("st");
                case '\u00A0', '\u2002', '\u2003', '\u2009', '\u200A', '\u202F', '\u2007', '\u3000' -> out.append(' ');
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\uFEFF', '\uFFFD' -> { }
                // direction marks and overrides (Google Docs printed from Chrome wraps every run in U+202D ... U+202C)
                case '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067',
                        '\u2068', '\u2069', '\u2060' -> { }
                case '\u2010', '\u2011' -> out.append('-');
                default -> {
                    if (c >= '\u0080' && c <= '\u009F') {
                        out.append(" | "); // stray C1 control codes stand where a bullet separator was printed
                    } else if (c == '\t' || c >= ' ') {
                        out.append(c);
                    }
                }
            }
        }
        // a letter and its combining accent (TeX PDFs give "e" + U+0301) as one letter, so "Hébert" reads as a word
        String composed = Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out.toString()
                : Normalizer.normalize(out, Normalizer.Form.NFC);
        String joined = REPEATED_HYPHENS.matcher(joinSpacedLetters(composed)).replaceAll("-");
        joined = EMPTY_CELLS.matcher(TYPED_RULE.matcher(joined).replaceFirst("")).replaceAll("\t");
        return SPACE_BEFORE_COMMA.matcher(MANY_SPACES.matcher(joined).replaceAll(" ")).replaceAll("").strip();
    }

    /** "E X P E R I E N C E" (letter-spaced headings) becomes "EXPERIENCE". */
    static String joinSpacedLetters(String text) {
        Matcher m = SPACED_LETTERS.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        do {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group().replace(" ", "")));
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
