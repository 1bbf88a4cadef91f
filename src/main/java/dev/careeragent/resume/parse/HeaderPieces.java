package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** An entry header taken apart: its dates, its place, and the remaining named pieces with their line. */
final class HeaderPieces {

    record Piece(String text, int line, boolean bold) {
    }

    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|·•—–]\\s+|\\s+-\\s+|\\s*\\|\\s*|\\s+(?:at|@|bei|chez)\\s+(?=\\p{Lu})");
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
                s = span.removeFrom(s);
                s = GRADUATION.matcher(s).replaceFirst("").strip();
            }
        }
        s = s.replaceAll("^[,;:|\\s–—-]+|[,;:|\\s–—-]+$", "");
        if (s.isEmpty()) {
            return;
        }
        if (location == null) {
            String whole = contacts.location(s);
            if (whole != null) {
                location = whole;
                return;
            }
        }
        for (String part : SEPARATORS.split(s)) {
            addPart(part.strip(), line, bold, contacts);
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
            pieces.add(new Piece(p, line, bold));
        }
    }
}
