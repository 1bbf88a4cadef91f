package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An entry header taken apart: its dates, its place, and the remaining named pieces with their line. */
final class HeaderPieces {

    /** What a labelled field said a piece is ("Position: ...", "Company: ..."). */
    enum Role { TITLE, ORG, NONE }

    record Piece(String text, int line, boolean bold, Role role) {
        Piece(String text, int line, boolean bold) {
            this(text, line, bold, Role.NONE);
        }
    }

    /**
     * Between the parts of a header: bars, bullets, dashes with a space on either side ("LLC -Amazon Driver",
     * "Cadillac —Sales"), a spaced colon or a colon after a name ("Golf Club : 10 Main St: Course Management"),
     * and "at" before a capitalised name.
     */
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[|·•]\\s+|\\s+[·•]\\s*|\\s*[—–]\\s+|\\s+[—–]\\s*"
            + "|\\s+-\\s+|\\s+-(?=\\p{Lu})|\\s*\\|\\s*|\\s+(?:at|@|bei|chez)\\s+(?=\\p{Lu})");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[(\\[]\\s*[)\\]]|[(\\[]\\s*$");
    private static final Pattern DESCRIBED_PLACE = Pattern.compile("^(.+?)\\s*\\((.+)\\)$");
    private static final Pattern COLON = Pattern.compile("\\s*:\\s+");
    private static final Pattern FIELD = Pattern.compile("(?iu)^(?:(job\\s+)?(title|position|role|designation|poste|funci[oó]n"
            + "|cargo)|(company|employer|organi[sz]ation|client|firma|arbeitgeber|entreprise|empresa))\\s*:\\s*(.+)$");
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)(?:^|\\s)(?:from|dates?|period|duration|tenure|zeitraum"
            + "|p[eé]riode|periodo)\\s*:?\\s*$");
    private static final Pattern STREET = Pattern.compile("(?iu)^\\d+[a-z]?\\s+[\\p{L}.' ]+\\b(road|rd|street|st|avenue|ave"
            + "|way|drive|dr|lane|ln|blvd|boulevard|court|ct|place|pl|suite|highway|hwy|parkway|pkwy)\\.?$");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile("(?i)^(inc|llc|ltd|co|corp|gmbh|ag|plc|s\\.?a|sas|l\\.?p)\\.?\\)?$");
    private static final Pattern GRADUATION = Pattern.compile("(?i)\\s*[(,;:–-]?\\s*(?:expected|anticipated|voraussichtlich)?\\s*(?:graduation|grad\\.?|graduating|abschluss)?\\s*(?:date)?\\s*[:)]?\\s*$");

    DateSpan dates;
    String location;
    final List<Piece> pieces = new ArrayList<>();

    static HeaderPieces of(List<Item> header, DateParser dateParser, ContactExtractor contacts) {
        HeaderPieces result = new HeaderPieces();
        for (int line = 0; line < header.size(); line++) {
            Item item = header.get(line);
            List<String> segments = new ArrayList<>();
            segments.add(item.text());
            segments.addAll(item.side());
            for (String segment : segments) {
                result.addSegment(segment, line, item.bold(), dateParser, contacts);
            }
        }
        return result;
    }

    private void addSegment(String raw, int line, boolean bold, DateParser dateParser, ContactExtractor contacts) {
        String s = raw.strip();
        if (dates == null) {
            DateSpan span = dateParser.find(s).orElse(null);
            if (span != null) {
                dates = span;
                s = EMPTY_BRACKETS.matcher(span.removeFrom(s)).replaceAll(" ").strip();
                s = GRADUATION.matcher(s).replaceFirst("").strip();
                s = DATE_LABEL.matcher(s).replaceFirst("").strip();
            }
        }
        s = s.replaceAll("^[,;:|\\s–—-]+|[,;:|\\s–—-]+$", "");
        if (s.isEmpty()) {
            return;
        }
        if (location == null) {
            Matcher described = DESCRIBED_PLACE.matcher(s); // "Austin, TX (Boutique Software Agency)"
            String whole = contacts.location(described.matches() ? described.group(1) : s);
            if (whole != null) {
                location = whole;
                return;
            }
        }
        for (String part : SEPARATORS.split(s)) {
            Matcher field = FIELD.matcher(part.strip());
            if (field.matches()) {
                pieces.add(new Piece(field.group(4).strip(), line, bold, field.group(2) != null ? Role.TITLE : Role.ORG));
                continue;
            }
            for (String colonPart : COLON.split(part)) {
                if (!DATE_LABEL.matcher(colonPart.strip()).matches()) {
                    addPart(colonPart.strip(), line, bold, contacts);
                }
            }
        }
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

    private void addPart(String part, int line, boolean bold, ContactExtractor contacts) {
        if (part.isEmpty()) {
            return;
        }
        String text = part;
        if (location == null) {
            String place = contacts.locationIn(text);
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
        for (String p : commaParts) {
            if (!STREET.matcher(p).matches()) { // a street address is part of the place, never a name
                pieces.add(new Piece(p, line, bold));
            }
        }
    }
}
