package dev.careeragent.resume.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careeragent.resume.model.ResumeDate;
import dev.careeragent.resume.read.TextLine;

/**
 * Finds dates and date ranges as people write them on resumes, in English, German, French, Spanish, Portuguese,
 * Italian, Dutch, Polish, Indonesian and Russian:
 * "Jan 2020 – Present", "January 2020 - Dec 2021", "2019-03", "03/2019", "2019 – 2021", "Sept. 2018",
 * "Since 2020", "2020 – heute", "2016 / 09", "07 / 2025 – attuale".
 */
final class DateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("janv", 1), Map.entry("ene", 1), Map.entry("enero", 1),
            Map.entry("feb", 2), Map.entry("febr", 2), Map.entry("fev", 2), Map.entry("fevr", 2), Map.entry("febrero", 2),
            Map.entry("mar", 3), Map.entry("mars", 3), Map.entry("mrz", 3), Map.entry("marz", 3), Map.entry("marzo", 3),
            Map.entry("apr", 4), Map.entry("avr", 4), Map.entry("avril", 4), Map.entry("abr", 4), Map.entry("abril", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mayo", 5),
            Map.entry("jun", 6), Map.entry("juin", 6), Map.entry("junio", 6), Map.entry("juni", 6),
            Map.entry("jul", 7), Map.entry("juil", 7), Map.entry("juillet", 7), Map.entry("julio", 7), Map.entry("juli", 7),
            Map.entry("aug", 8), Map.entry("aout", 8), Map.entry("ago", 8), Map.entry("agosto", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septiembre", 9), Map.entry("septembre", 9),
            Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("octobre", 10), Map.entry("octubre", 10),
            Map.entry("nov", 11), Map.entry("noviembre", 11), Map.entry("novembre", 11),
            Map.entry("dec", 12), Map.entry("dez", 12), Map.entry("dic", 12), Map.entry("diciembre", 12),
            Map.entry("decembre", 12),
            Map.entry("янв", 1), Map.entry("фев", 2), Map.entry("мар", 3), Map.entry("апр", 4), Map.entry("май", 5),
            Map.entry("маи", 5), Map.entry("мая", 5), Map.entry("июн", 6), Map.entry("июл", 7), Map.entry("авг", 8),
            Map.entry("сен", 9), Map.entry("окт", 10), Map.entry("ноя", 11), Map.entry("дек", 12),
            // Portuguese, Italian, Dutch and Indonesian words the stems above do not cover
            Map.entry("set", 9), Map.entry("out", 10), Map.entry("gen", 1), Map.entry("mag", 5), Map.entry("giu", 6),
            Map.entry("lug", 7), Map.entry("ott", 10), Map.entry("mrt", 3), Map.entry("mei", 5), Map.entry("agu", 8),
            Map.entry("des", 12),
            // Polish
            Map.entry("sty", 1), Map.entry("lut", 2), Map.entry("kwi", 4), Map.entry("maj", 5), Map.entry("cze", 6),
            Map.entry("lip", 7), Map.entry("sie", 8), Map.entry("wrz", 9), Map.entry("paz", 10), Map.entry("lis", 11),
            Map.entry("gru", 12));
    private static final Map<String, Integer> SEASONS = Map.of("spring", 3, "summer", 6, "fall", 9, "autumn", 9,
            "winter", 12);

    private static final String MONTH_WORD = "(?:jan(?:uary|uar|v(?:ier)?)?|ene(?:ro)?|feb(?:ruary|ruar|rero|r)?|f[eé]v(?:rier|r)?"
            + "|mar(?:ch|s|zo)?|m[aä]rz|mrz|apr(?:il)?|avr(?:il)?|abr(?:il)?|ma[iy]o?|june?|juni[o]?|juin|july?|juli[o]?|juil(?:let)?"
            + "|aug(?:ust)?|ao[uû]t|ago(?:sto)?|sept?(?:ember|iembre|embre)?|o[ck]t(?:ober|obre|ubre)?|nov(?:ember|iembre|embre)?"
            + "|d[eé][cz](?:ember|embre)?|dic(?:iembre)?|spring|summer|fall|autumn|winter"
            + "|янв(?:арь|аря)?|фев(?:раль|раля)?|мар(?:т|та)?|апр(?:ель|еля)?|ма[йя]|июн[ья]?|июл[ья]?|авг(?:уст|уста)?"
            + "|сен(?:т(?:ябрь|ября)?)?|окт(?:ябрь|ября)?|ноя(?:брь|бря)?|дек(?:абрь|абря)?"
            // Portuguese, Italian, Dutch and Indonesian
            + "|jan(?:eiro|uari)|fev(?:ereiro)?|feb(?:braio|ruari)|mar[cç]o|maret|maart|mrt|abril|maio|mei|jun(?:ho)|jul(?:ho)"
            + "|agustus|agu|set(?:embro|tembre)?|out(?:ubro)?|nov(?:embro)|dez(?:embro)|des(?:ember)?|apr(?:ile)"
            + "|gen(?:naio)?|mag(?:gio)?|giu(?:gno)?|lug(?:lio)?|ott(?:obre)?|okt(?:ober)"
            // Polish, in the nominative and the genitive ("maj 2020", "od maja 2020")
            + "|sty(?:cze[nń]|cznia)?|lut(?:y|ego)?|mar(?:zec|ca)|kwi(?:ecie[nń]|etnia)?|maj(?:a)?|cze(?:rwiec|rwca)?"
            + "|lip(?:iec|ca)?|sie(?:rpie[nń]|rpnia)?|wrz(?:esie[nń]|e[sś]nia)?|pa[zź](?:dziernik(?:a)?)?|lis(?:topad(?:a)?)?"
            + "|gru(?:dzie[nń]|dnia)?)";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String DATE = "(?:\\d{1,2}[/.]\\d{1,2}[/.]" + YEAR + "|(?:\\d{1,2}\\.?\\s+)?" + MONTH_WORD + "\\.?,?(?:\\s*|-|\\s?/\\s?)(?:\\d{1,2},\\s*)?'?" + YEAR
            + "|" + YEAR + "(?:[-.]|\\s?/\\s?)(?:0?[1-9]|1[0-2])(?![\\d])|(?:0?[1-9]|1[0-2])(?:[.-]|\\s?/\\s?)" + YEAR + "|" + YEAR + ")";
    private static final String PRESENT = "(?:present|current(?:ly)?|now|today|ongoing|date|heute|jetzt|aktuell|laufend"
            + "|aujourd'hui|aujourd’hui|pr[eé]sent|actuel(?:lement)?|en cours|actualidad|presente|hoy|actual|attuale|oggi|in corso"
            + "|atual|atualmente|heden|(?:по )?настоящее время|наст\\. время|сейчас|obecnie|do teraz|g[uü]n[uü]m[uü]ze?|halen"
            + "|至今|现在)";
    private static final String SEP = "\\s*(?:-{1,2}|–|—|~|·|to|bis|until|till|au|à|a|hasta|at[eé]|do|tot|s\\.\\s?d\\.?|sampai|hingga)\\s*";
    private static final Pattern RANGE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?<!\\p{L}-)(" + DATE + ")(?:" + SEP + "(" + DATE + "|"
            + PRESENT + ")(?![\\p{L}\\d]))?");
    /** Two months and one year ("June - August 2017", "Avril - Juin 2017"): the start takes the end's year. */
    private static final Pattern MONTH_PAIR = Pattern.compile("(?iu)(?<![\\p{L}\\d])(" + MONTH_WORD + ")\\.?\\s*(?:-{1,2}|–|—|to|au|bis)\\s*("
            + MONTH_WORD + "\\.?,?\\s*(" + YEAR + "))(?![\\p{L}\\d])");
    /** Two month numbers and one year ("3 - 4/2014", "9 - 12/2002"): the same, written in figures. */
    private static final Pattern NUMBER_PAIR = Pattern.compile("(?<![\\d/.])(0?[1-9]|1[0-2])\\s*[-–—]\\s*((0?[1-9]|1[0-2])"
            + "\\s?/\\s?(" + YEAR + "))(?!\\d)");
    /** A line that opens with "now" and a colon, no year ("En cours : Ingénieur chez CDVI", "Currently: Analyst at X"). */
    private static final Pattern NOW_LABEL = Pattern.compile("(?iu)^[^\\p{L}\\d]*(present|current(?:ly)?|ongoing|en cours"
            + "|actuellement|actualmente|aktuell|derzeit|attualmente|atualmente|obecnie|сейчас|в настоящее время)\\s*[:：]\\s+");
    private static final Pattern SINCE = Pattern.compile("(?iu)(?<![\\p{L}])(?:since|seit|depuis|desde)\\s+(" + DATE + ")");
    /** A template's placeholder year ("June 20xx", "20XX – Present"): a date whose value the writer left out. */
    private static final String PLACEHOLDER_DATE = "(?:" + MONTH_WORD + "\\.?,?\\s*)?(?:19|20)xx";
    private static final Pattern PLACEHOLDER = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + PLACEHOLDER_DATE + "(?:" + SEP
            + "(" + PLACEHOLDER_DATE + "|" + PRESENT + "))?(?![\\p{L}\\d])");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](" + YEAR + ")");
    private static final Pattern PARTS = Pattern.compile("(?iu)(" + MONTH_WORD + ")|(" + YEAR + ")|(\\d{1,2})");

    /** A line that opens with a range whose end is missing ("October 2017 – Masters degree ..."). */
    private static final Pattern OPEN_START = Pattern.compile("(?iu)^(" + DATE + ")\\s*[–—-]\\s+(?!(?:" + DATE + "|" + PRESENT
            + ")(?![\\p{L}\\d]))(\\S.*)$");
    /** A line that opens with a date or "present" ("October 2019 Area: Cosmology", "present"). */
    private static final Pattern LEADING_END = Pattern.compile("(?iu)^(" + DATE + "|" + PRESENT + ")(?![\\p{L}\\d])\\s*(.*)$");

    /**
     * A narrow date column that wraps its range beside an entry ("October 2017 –" over "October 2019", moderncv):
     * the range's end moves up to the line that opens it, beside the entry's first line, and the next line keeps its text.
     */
    List<TextLine> joinWrappedRanges(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines);
        for (int i = 0; i + 1 < out.size(); i++) {
            Matcher open = OPEN_START.matcher(out.get(i).text().strip());
            Matcher end = open.matches() ? LEADING_END.matcher(out.get(i + 1).text().strip()) : null;
            if (end == null || !end.matches() || OPEN_START.matcher(out.get(i + 1).text().strip()).matches()) {
                continue;
            }
            TextLine first = out.get(i);
            TextLine next = out.get(i + 1);
            out.set(i, withText(first, open.group(2) + "\t" + open.group(1) + " – " + end.group(1)));
            if (end.group(2).isBlank()) {
                out.remove(i + 1);
            } else {
                out.set(i + 1, withText(next, end.group(2)));
            }
        }
        return out;
    }

    private static TextLine withText(TextLine line, String text) {
        return new TextLine(text, line.x(), line.y(), line.right(), line.fontSize(), line.bold(), line.page(), line.region(),
                line.gapBefore(), line.styledHeading());
    }

    /** The first date range (or single date) in the text. A lone date is returned as the end of the span. */
    Optional<DateSpan> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (!hasYear(text)) {
            Matcher now = NOW_LABEL.matcher(text);
            return now.find() ? Optional.of(new DateSpan(null, null, true, now.start(1), now.end(1))) : placeholder(text);
        }
        Matcher since = SINCE.matcher(text);
        if (since.find()) {
            return Optional.of(new DateSpan(parse(since.group(1)), null, true, since.start(), since.end()));
        }
        Matcher pair = MONTH_PAIR.matcher(text);
        boolean paired = pair.find();
        Matcher figures = NUMBER_PAIR.matcher(text);
        boolean figured = figures.find();
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            if (paired && pair.start() < m.start()) {
                Integer month = monthOf(pair.group(1).toLowerCase(Locale.ROOT));
                int year = Integer.parseInt(pair.group(3));
                ResumeDate start = month == null || month == 0 ? ResumeDate.of(year) : ResumeDate.of(year, month);
                return Optional.of(new DateSpan(start, parse(pair.group(2)), false, pair.start(), pair.end()));
            }
            if (figured && figures.start() < m.start()) {
                int year = Integer.parseInt(figures.group(4));
                return Optional.of(new DateSpan(ResumeDate.of(year, Integer.parseInt(figures.group(1))),
                        ResumeDate.of(year, Integer.parseInt(figures.group(3))), false, figures.start(), figures.end()));
            }
            ResumeDate first = parse(m.group(1));
            if (first == null) {
                continue;
            }
            if (m.group(2) == null) {
                return Optional.of(new DateSpan(null, first, false, m.start(), m.end()));
            }
            ResumeDate second = parse(m.group(2));
            return Optional.of(new DateSpan(first, second, second == null, m.start(), m.end()));
        }
        return Optional.empty();
    }

    /** A span of placeholder dates: it marks a dated line like any date, with no values ("present" kept). */
    private static Optional<DateSpan> placeholder(String text) {
        if (!text.contains("xx") && !text.contains("XX")) {
            return Optional.empty();
        }
        Matcher m = PLACEHOLDER.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean current = m.group(1) != null && !m.group(1).toLowerCase(Locale.ROOT).contains("xx");
        return Optional.of(new DateSpan(null, null, current, m.start(), m.end()));
    }

    /** Cheap check before the big patterns run: every date we read has a 19xx or 20xx year. */
    private static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= 4) {
                char first = text.charAt(i - 3);
                char second = text.charAt(i - 2);
                if ((first == '1' && second == '9') || (first == '2' && second == '0')) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One date; null when it is a "present" word or unreadable. */
    ResumeDate parse(String token) {
        Matcher full = FULL_DATE.matcher(token.strip());
        if (full.matches()) { // day and month: "25/09/2021" is day first; "09/25/2021" can only be month first
            int a = Integer.parseInt(full.group(1));
            int b = Integer.parseInt(full.group(2));
            int month = b > 12 ? a : b;
            return month >= 1 && month <= 12 ? ResumeDate.of(Integer.parseInt(full.group(3)), month)
                    : ResumeDate.of(Integer.parseInt(full.group(3)));
        }
        String t = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        Matcher m = PARTS.matcher(t);
        Integer month = null;
        Integer year = null;
        Integer number = null;
        while (m.find()) {
            if (m.group(1) != null && month == null) {
                month = monthOf(m.group(1));
            } else if (m.group(2) != null) {
                year = Integer.parseInt(m.group(2));
            } else if (m.group(3) != null && number == null) {
                number = Integer.parseInt(m.group(3));
            }
        }
        if (year == null) {
            return null;
        }
        if (month == null && number != null && number >= 1 && number <= 12 && !t.matches(".*\\d{1,2}\\s+\\p{L}.*")) {
            month = number;
        }
        return month == null || month == 0 ? ResumeDate.of(year) : ResumeDate.of(year, month);
    }

    private static Integer monthOf(String word) {
        String w = word.replace(".", "");
        if (SEASONS.containsKey(w)) {
            return 0;
        }
        for (int len = Math.min(w.length(), 10); len >= 3; len--) {
            Integer month = MONTHS.get(w.substring(0, len));
            if (month != null) {
                return month;
            }
        }
        return null;
    }
}
