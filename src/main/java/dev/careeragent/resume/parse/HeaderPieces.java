package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An entry header taken apart: its dates, its place, and the remaining named pieces with their line. */
final class HeaderPieces {

    /** What a labelled field said a piece is ("Position: ...", "Company: ..."). */
    enum Role { TITLE, ORG, NONE }

    /** {@code column}: which tab-set part of its line the piece stands in (a table cell, a right-aligned column). */
    record Piece(String text, int line, int column, boolean bold, Role role) {
        Piece(String text, int line, boolean bold) {
            this(text, line, 0, bold, Role.NONE);
        }
    }

    /**
     * Between the parts of a header: bars, bullets, dashes with a space on either side ("LLC -Amazon Driver",
     * "Cadillac —Sales"), a spaced colon or a colon after a name ("Golf Club : 10 Main St: Course Management"),
     * a semicolon ("Acme Relief Agency; Kisumu, Kenya — Clerk"), and "at" before a capitalised name.
     */
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[|·•▪◦‣∙]\\s+|\\s+[·•▪◦‣∙]\\s*|\\s*[—–]\\s+|\\s+[—–]\\s*"
            + "|\\s+-\\s+|\\s+-(?=\\p{Lu})|\\s*\\|\\s*|\\s*;\\s+");
    /** "Title at Company"; not inside a name ("Dell Seton Medical Center at UT", "School of Nursing at St. Thomas'"). */
    private static final Pattern AT = Pattern.compile("(?:^|\\s+)(?i:at|@|bei|chez)\\s+(?=\\p{Lu})");
    /** "University of Central Florida (Orlando, FL)": a place in brackets after a name. */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
    /** What may follow a known place in the same part: its country or region ("Warsaw, Polonia"). */
    private static final Pattern PLACE_TAIL = Pattern.compile("^\\s*,\\s*\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?$");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[(\\[]\\s*[)\\]]|[(\\[]\\s*$");
    private static final Pattern DESCRIBED_PLACE = Pattern.compile("^(.+?)\\s*\\((.+)\\)$");
    private static final String WORK_MODES = "remote|remoto|remota|hybrid|h[ií]brido|hybride|on-?site|presencial"
            + "|t[eé]l[eé]travail|teletrabajo";
    /** "(Home office)" in brackets is how the job was done; bare, "Home Office" is also an employer (the UK's). */
    private static final Pattern WORK_MODE = Pattern.compile("(?iu)\\s*[(\\[](" + WORK_MODES + "|home ?office)[)\\]]");
    /** A work mode standing alone as one part of a header ("CognitoFlow, Remote — QA"): how, not who or what. */
    private static final Pattern BARE_WORK_MODE = Pattern.compile("(?iu)(?:^|,\\s*)(" + WORK_MODES + ")$");
    private static final String HOURS = "vollzeit|teilzeit|full[- ]time|part[- ]time|temps plein|temps partiel"
            + "|tiempo completo|medio tiempo|meio per[ií]odo|tempo integral|per[ií]odo integral|deeltijd|voltijd";
    private static final String EMPLOYMENT_TYPES = HOURS
            // kinds of contract: self-employed, apprenticeship, fixed-term, temporary
            + "|ind[ée]pendant|freelance|self[- ]employed|aut[óo]nomo|apprentissage|alternance|apprenticeship|cdi|cdd"
            + "|int[ée]rim|temporary|befristet|ausbildung";
    /** "Lead Developer, Full-time @ Acme": how many hours, standing as a part of its own, never a name. */
    private static final Pattern BARE_HOURS = Pattern.compile("(?iu)^(?:" + HOURS + ")$");
    /** An employer and where it is, joined by a preposition ("Best Buy in Tallahassee, FL"). */
    private static final Pattern IN_PLACE = Pattern.compile("(?iu)^(.+?)\\s+(?:in|en|à|bei|im)\\s+(\\p{Lu}.+)$");
    private static final Pattern EMPLOYMENT_TYPE = Pattern.compile("(?iu)^(?:" + EMPLOYMENT_TYPES + ")\\s*:\\s*(?=\\p{L})");
    /** "Summus Emergências (Meio Período)": how many hours, no part of an employer (a title keeps it: "Lecturer (Part-Time)"). */
    static final Pattern BRACKETED_TYPE = Pattern.compile("(?iu)\\s*[(\\[](?:" + EMPLOYMENT_TYPES + ")[)\\]]");
    private static final Pattern DURATION = Pattern.compile("(?iu)\\s*(?:[~·•(]\\s*)?\\b\\d{1,2}\\+?\\s*(?:years?|yrs?|months?|mos?"
            + "|ans?|mois|a[nñ]os?|meses|jahre?|monate?|anni|mesi|jaar|maanden|y[ıi]l|ay)"
            + "(?:\\s+\\d{1,2}\\s*(?:months?|mos?|mois|meses|monate?|mesi|maanden|ay))?\\b\\)?");
    /** An acronym and the name it stands for ("THG - The Hut Group", "NHS – National Health Service"). */
    private static final Pattern ACRONYM_EXPANDED = Pattern.compile("^(\\p{Lu}{2,6})\\s+[-–—]\\s+(\\p{Lu}.+)$");
    private static final Pattern COLON = Pattern.compile("\\s*:\\s+");
    /** A dot leader between a name and what is set at the right margin ("Mahsan Co. . . . . 2022", "Acme ………… Remote"). */
    private static final Pattern DOT_LEADER = Pattern.compile("(?:\\s?[.…]){3,}\\s*");
    /** Abbreviations whose own dot a leader runs into ("Mahsan Co.. . . ."). */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?i)\\b(?:co|inc|ltd|corp|bros|jr|sr)$");
    private static final Pattern FIELD = Pattern.compile("(?iu)^(?:(job\\s+)?(title|position|role|designation|poste|funci[oó]n"
            + "|cargo)|(company|employer|organi[sz]ation|client|firma|arbeitgeber|entreprise|empresa))\\s*:\\s*(.+)$");
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)(?:^|\\s)(?:from|dates?|period|duration|tenure|zeitraum"
            + "|p[eé]riode|periodo)\\s*:?\\s*$");
    private static final Pattern STREET = Pattern.compile("(?iu)^\\d+[a-z]?\\s+[\\p{L}.' ]+\\b(road|rd|street|st|avenue|ave"
            + "|way|drive|dr|lane|ln|blvd|boulevard|court|ct|place|pl|suite|highway|hwy|parkway|pkwy)\\.?$");
    /** An address part with no house number: "Long Circular Road", "Level 5 Long Circular Mall", "Suite 200". */
    private static final Pattern STREET_PART = Pattern.compile("(?iu)^(?:(?:level|floor|suite|unit|flat)\\s+\\d+\\b.*"
            + "|[\\p{L}.' ]+\\s(?:road|rd|street|avenue|ave|drive|lane|blvd|boulevard|highway|hwy|parkway|mall|plaza)\\.?)$");
    /** A bracketed note in lower case after a name ("NHSEI (generally working in R)", "Acme (part-time)"). */
    private static final Pattern NOTE = Pattern.compile("\\s*[(\\[]\\p{Ll}[^()\\[\\]]*[)\\]]$");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile("(?i)^(inc|llc|ltd|co|corp|gmbh|ag|plc|s\\.?a|sas|l\\.?p)\\.?\\)?$");
    private static final Pattern GRADUATION = Pattern.compile("(?i)\\s*[(,;:–-]?\\s*(?=expected|anticipated|voraussichtlich|grad|abschluss|date)(?:expected|anticipated|voraussichtlich)?\\s*(?:graduation|grad\\.?|graduating|abschluss)?\\s*(?:date)?\\s*[:)]?\\s*$");

    DateSpan dates;
    String location;
    /** The header says the job was done remotely ("(Remote)"): its place when no other is named. */
    boolean remote;
    final List<Piece> pieces = new ArrayList<>();

    static HeaderPieces of(List<Item> header, DateParser dateParser, ContactExtractor contacts) {
        HeaderPieces result = new HeaderPieces();
        for (int line = 0; line < header.size(); line++) {
            Item item = header.get(line);
            List<String> segments = new ArrayList<>();
            segments.add(item.text());
            segments.addAll(item.side());
            for (int column = 0; column < segments.size(); column++) {
                result.addSegment(segments.get(column), line, column, item.bold(), dateParser, contacts);
            }
        }
        return result;
    }

    private void addSegment(String raw, int line, int column, boolean bold, DateParser dateParser, ContactExtractor contacts) {
        String s = leadersToBars(raw.strip());
        if (dates == null) {
            DateSpan span = dateParser.find(s).orElse(null);
            if (span != null) {
                dates = span;
                s = EMPTY_BRACKETS.matcher(span.removeFrom(s)).replaceAll(" ").strip();
                s = GRADUATION.matcher(s).replaceFirst("").strip();
                s = DATE_LABEL.matcher(s).replaceFirst("").strip();
            }
        }
        s = s.replaceAll("^[,;:|\\s–—-]+|[,;:|\\s–—-]+\\.?$", ""); // "Acme, (2018 – 2019)." leaves "Acme, ."
        s = s.replaceFirst("^(?:-?[>»→➢➤▶►]+)\\s*", ""); // "> DEVOPS ENGINEER": an arrow marks the entry, no part of it
        s = EMPLOYMENT_TYPE.matcher(s).replaceFirst(""); // "Vollzeit: Monteur, Inocon" names the job after its type
        s = DURATION.matcher(s).replaceAll("").strip(); // "THG ~ 7 years": how long, not a name
        Matcher mode = WORK_MODE.matcher(s);
        if (mode.find()) { // "Application Developer (Remote)": how the job was done, not part of its title
            remote |= mode.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("remot");
            s = mode.replaceAll("").strip();
        }
        if (s.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return; // what the dates left behind ("Janeiro, 2023 – Junho, 2023." leaves ".")
        }
        if (location == null) {
            Matcher described = DESCRIBED_PLACE.matcher(s); // "Austin, TX (Boutique Software Agency)"
            String whole = contacts.location(described.matches() ? described.group(1) : s);
            if (whole != null) {
                location = whole;
                return;
            }
        }
        String[] split = ACRONYM_EXPANDED.matcher(s).matches() && expands(s) ? new String[] {s} : SEPARATORS.split(s);
        for (String part : atSplit(split)) {
            Matcher field = FIELD.matcher(part.strip());
            if (field.matches()) {
                pieces.add(new Piece(field.group(4).strip(), line, column, bold, field.group(2) != null ? Role.TITLE : Role.ORG));
                continue;
            }
            for (String colonPart : COLON.split(part)) {
                if (!DATE_LABEL.matcher(colonPart.strip()).matches()) {
                    addPart(colonPart.strip(), line, column, bold, contacts);
                }
            }
        }
    }

    private static String leadersToBars(String text) {
        Matcher leader = DOT_LEADER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (leader.find()) {
            boolean abbreviated = ABBREVIATION_END.matcher(text.substring(0, leader.start())).find();
            leader.appendReplacement(out, abbreviated ? ". | " : " | ");
        }
        return leader.appendTail(out).toString();
    }

    /** The capitalised words after the acronym begin with its letters, in order. */
    private static boolean expands(String text) {
        Matcher m = ACRONYM_EXPANDED.matcher(text);
        if (!m.matches()) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String word : m.group(2).split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                initials.appendCodePoint(word.codePointAt(0));
            }
        }
        return initials.toString().startsWith(m.group(1));
    }

    /** Parts split again at "at" before a capitalised name, unless the words before it already name an organisation. */
    private static List<String> atSplit(String[] parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            Matcher at = AT.matcher(part);
            String left = at.find() ? part.substring(0, at.start()) : null;
            if (left != null && left.isBlank()) {
                out.add(part.substring(at.end())); // a header line wrapped before "at" ("WERKSTUDENT" over "BEI TEGUT GMBH")
            } else if (left != null && (!EntryParser.ORG_WORDS.matcher(left).find() || EntryParser.TITLE_WORDS.matcher(left).find())) {
                out.add(left);
                out.add(part.substring(at.end()));
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** "True Manufacturing, St. Peters, Mo." and "Google, USA": the trailing city and region are the place. */
    private void trailingPlace(List<String> commaParts, ContactExtractor contacts) {
        int last = commaParts.size() - 1;
        if (last < 1 || !contacts.isRegion(commaParts.get(last))) {
            return;
        }
        String place = commaParts.remove(last--);
        String city = commaParts.get(last);
        if (location == null && last >= 1 && city.split("\\s+").length <= 3 && Character.isUpperCase(city.codePointAt(0))
                && !LEGAL_SUFFIX.matcher(city).matches()) {
            place = commaParts.remove(last) + ", " + place;
        }
        location = location == null ? place : location;
    }

    /** The text opens with a place: a known city and region or country ("Tampa, FL and in Orlando, FL"). */
    private static boolean startsWithPlace(String text, ContactExtractor contacts) {
        String first = text.split("\\s+(?:and|or|und|et|y|&)\\s+")[0];
        if (contacts.location(first) != null) {
            return true;
        }
        String place = contacts.locationIn(first);
        return place != null && first.startsWith(place);
    }

    private void addPart(String part, int line, int column, boolean bold, ContactExtractor contacts) {
        if (part.isEmpty()) {
            return;
        }
        String text = NOTE.matcher(part).replaceFirst("");
        Matcher mode = BARE_WORK_MODE.matcher(text);
        if (mode.find()) {
            remote |= mode.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("remot");
            text = text.substring(0, mode.start()).strip();
            if (text.isEmpty()) {
                return;
            }
        }
        Matcher in = IN_PLACE.matcher(text);
        if (in.matches() && startsWithPlace(in.group(2), contacts)) { // "Cashier at Chipotle in Tampa, FL"
            location = location == null ? in.group(2) : location;
            text = in.group(1);
        }
        Matcher bracketed = BRACKETED.matcher(text);
        if (location == null && bracketed.matches() && contacts.location(bracketed.group(2)) != null) {
            location = contacts.location(bracketed.group(2));
            text = bracketed.group(1);
        }
        if (location == null) {
            String place = contacts.locationIn(text);
            if (place != null && text.startsWith(place) && PLACE_TAIL.matcher(text.substring(place.length())).matches()) {
                location = text;
                return;
            }
            if (place != null && text.contains(place) && !text.equals(place)) {
                location = place;
                text = text.replace(place, " ").replaceAll("\\s*,\\s*,\\s*", ", ").replaceAll("^[,\\s]+|[,\\s]+$", "");
            } else if (place != null && text.equals(place)) {
                location = place;
                return;
            }
        }
        List<String> commaParts = new ArrayList<>();
        for (String p : text.split("\\s*,\\s*")) {
            if (!commaParts.isEmpty() && LEGAL_SUFFIX.matcher(p).matches()) {
                commaParts.set(commaParts.size() - 1, commaParts.get(commaParts.size() - 1) + ", " + p);
            } else if (!p.isBlank()) {
                commaParts.add(p);
            }
        }
        trailingPlace(commaParts, contacts);
        for (int i = 0; i < commaParts.size(); i++) {
            String p = commaParts.get(i);
            if (STREET_PART.matcher(p).matches()) { // an address and what follows it are the place, never a name
                String address = String.join(", ", commaParts.subList(i, commaParts.size()));
                location = location == null || address.contains(location) ? address : location;
                break;
            } else if (!STREET.matcher(p).matches() && !BARE_HOURS.matcher(p).matches()) {
                pieces.add(new Piece(p, line, column, bold, Role.NONE));
            }
        }
    }
}
