package dev.careeragent.resume.parse;

import dev.careeragent.resume.model.EducationEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns entry groups of an education section into schools: school, degree, field, place, dates and grade. */
final class EducationParser {

    private static final Pattern SCHOOL_WORDS = Pattern.compile("(?iu)(universit|college|institut|school|academy|akademie"
            + "|hochschule|gymnasium|école|ecole|lycée|universidad|polytechn|politecn|\\biit\\b|\\bmit\\b|campus)");
    private static final Pattern DEGREE_WORDS = Pattern.compile("(?iu)(\\bbachelor|\\bmaster|\\bph\\.?\\s?d\\b|doctor|\\bmba\\b"
            + "|\\bb\\.?\\s?s\\.?c?\\b\\.?|\\bm\\.?\\s?s\\.?c?\\b\\.?|\\bb\\.?a\\.|\\bm\\.?a\\.|\\bb\\.?e\\.|\\bb\\.?tech|\\bm\\.?tech|\\bba\\b|\\bma\\b"
            + "|\\bbs\\b|\\bms\\b|associate|diplom|licen[cs]|abitur|baccalaur|bachiller|grado|certificate|high school"
            + "|\\bhnd\\b|\\bged\\b)");
    private static final Pattern GPA = Pattern.compile("(?iu)(?:\\b(?:gpa|cgpa|grade|note|notendurchschnitt)\\s*[:=]?\\s*"
            + "(\\d+(?:[.,]\\d+)?(?:\\s*/\\s*\\d+(?:[.,]\\d+)?)?))|(?:(\\d\\.\\d+(?:\\s*/\\s*\\d+(?:\\.\\d+)?)?)\\s*(?:gpa|cgpa)\\b)");
    private static final Pattern LEADING_DEGREE = Pattern.compile("(?u)^((?:Ph\\.?D|B\\.?S\\.?c?|M\\.?S\\.?c?|B\\.?A|M\\.?A|MBA|B\\.?E|M\\.?Eng|B\\.?Eng|BBA|LLM|LLB|MD)\\.?)\\s+(.+)$");
    private static final Pattern DEGREE_IN_FIELD = Pattern.compile("(?iu)^(.+?)\\s+(?:in|of|en|im)\\s+(?!(?:arts|science|"
            + "engineering|business administration|fine arts|technology|laws|education|philosophy|commerce)\\b)(.+)$");
    private static final Pattern FIELD_LABEL = Pattern.compile("(?iu)^(?:major|field|studiengang|fach|spécialité|specialite|especialidad)\\s*:\\s*(.+)$");

    private final DateParser dates;
    private final ContactExtractor contacts;
    private final EntryDates entryDates;

    EducationParser(DateParser dates, ContactExtractor contacts) {
        this.dates = dates;
        this.contacts = contacts;
        this.entryDates = new EntryDates(dates);
    }

    List<EducationEntry> education(List<EntryGroup> groups) {
        List<EducationEntry> entries = new ArrayList<>();
        for (EntryGroup group : groups) {
            if (group.header.isEmpty()) {
                continue;
            }
            String gpa = null;
            Matcher g = GPA.matcher(group.allText());
            if (g.find()) {
                gpa = (g.group(1) != null ? g.group(1) : g.group(2)).replaceAll("\\s+", "");
            }
            List<Item> header = group.header.stream().map(i -> i.withText(GPA.matcher(i.text()).replaceAll(" ").strip()))
                    .toList();
            String field = null;
            List<Item> headerLines = new ArrayList<>();
            for (Item item : header) {
                Matcher f = FIELD_LABEL.matcher(item.text());
                if (f.matches()) {
                    field = f.group(1).strip();
                } else {
                    headerLines.add(item);
                }
            }
            HeaderPieces h = HeaderPieces.of(headerLines, dates, contacts);
            List<HeaderPieces.Piece> pieces = new ArrayList<>(h.pieces);
            HeaderPieces.Piece school = null;
            HeaderPieces.Piece degree = null;
            for (HeaderPieces.Piece p : pieces) {
                boolean schoolLike = SCHOOL_WORDS.matcher(p.text()).find();
                if (school == null && schoolLike) {
                    school = p;
                } else if (degree == null && !schoolLike && DEGREE_WORDS.matcher(p.text()).find()) {
                    degree = p;
                }
            }
            Matcher leading = school == null || degree != null ? null : LEADING_DEGREE.matcher(school.text());
            if (leading != null && leading.matches()) {
                int at = pieces.indexOf(school);
                degree = new HeaderPieces.Piece(leading.group(1), school.line(), school.bold());
                school = new HeaderPieces.Piece(leading.group(2), school.line(), school.bold());
                pieces.set(at, school);
            }
            if (school == null) {
                for (HeaderPieces.Piece p : pieces) {
                    if (p != degree) {
                        school = p;
                        break;
                    }
                }
            }
            String degreeText = degree == null ? null : degree.text();
            if (degreeText != null) {
                Matcher in = DEGREE_IN_FIELD.matcher(degreeText);
                Matcher abbreviated = LEADING_DEGREE.matcher(degreeText);
                if (in.matches() && field == null) {
                    degreeText = in.group(1).strip();
                    field = in.group(2).strip();
                } else if (field == null && abbreviated.matches() && !SCHOOL_WORDS.matcher(abbreviated.group(2)).find()) {
                    degreeText = abbreviated.group(1); // "B.S. Computer Science"
                    field = abbreviated.group(2).strip();
                }
            }
            HeaderPieces.Piece chosenSchool = school;
            String schoolName = school == null ? null : school.text();
            List<String> details = new ArrayList<>();
            for (HeaderPieces.Piece p : pieces) {
                if (p == chosenSchool || p == degree) {
                    continue;
                }
                if (field != null && chosenSchool != null && p.line() == chosenSchool.line()
                        && schoolName.equals(chosenSchool.text()) && p.text().split("\\s+").length <= 3) {
                    schoolName += ", " + p.text(); // a campus: "University of California, Berkeley"
                } else if (field == null && (degree == null || p.line() == degree.line()
                        || (chosenSchool != null && p.line() == chosenSchool.line()))
                        && p.text().split("\\s+").length <= 6) {
                    field = p.text();
                } else {
                    details.add(p.text());
                }
            }
            group.body.forEach(i -> details.add(entryDates.stripTrailingDates(i)));
            DateSpan span = h.dates != null ? h.dates : entryDates.sideDates(group);
            entries.add(new EducationEntry(schoolName, degreeText, field, h.location,
                    span == null ? null : span.start(), span == null ? null : span.end(), gpa, details));
        }
        return entries;
    }
}
