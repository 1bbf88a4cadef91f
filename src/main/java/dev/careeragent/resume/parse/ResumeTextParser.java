package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.careeragent.resume.model.Contact;
import dev.careeragent.resume.model.Link;
import dev.careeragent.resume.model.OtherSection;
import dev.careeragent.resume.model.Resume;
import dev.careeragent.resume.model.SectionHeading;
import dev.careeragent.resume.model.SectionKind;
import dev.careeragent.resume.read.DocumentText;
import dev.careeragent.resume.read.TextLine;

/** Turns a document's lines into a structured {@link Resume}. Stateless and thread-safe. */
public final class ResumeTextParser {

    private static final Pattern CONTACT_SPLIT = Pattern.compile("\\t|\\s+[|•·—–]\\s+|\\s*\\|\\s*|\\s{2,}|\\s+,\\s+");

    /** "Page 1", "Page 2 of 3", "1 / 3", "- 2 -": a page's number, no content. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page|seite|p\\.)?\\s*\\d{1,3}\\s*(?:(?:of|/|von|de|sur)\\s*\\d{1,3})?"
            + "|-\\s*\\d{1,3}\\s*-");

    private final DateParser dates = new DateParser();
    private final ContactExtractor contacts = new ContactExtractor();
    private final HeadingDetector headings = new HeadingDetector(dates);
    private final ItemBuilder items = new ItemBuilder(dates, contacts);
    private final EntryParser entries = new EntryParser(dates, contacts);
    private final EducationParser schools = new EducationParser(dates, contacts);
    private final ListSections lists = new ListSections();
    private final NameFinder names = new NameFinder(contacts, dates);

    public Resume parse(DocumentText document) {
        List<TextLine> read = document.lines().stream()
                .filter(l -> l.region() == TextLine.Region.BODY || l.region() == TextLine.Region.TABLE)
                .filter(l -> !PAGE_NUMBER.matcher(l.text().strip()).matches()).toList();
        boolean gutterHeadings = read.stream().filter(l -> GutterHeading.prefix(l.text()) != null).count() >= 2;
        List<TextLine> body = read.stream().flatMap(l -> headingBeside(l, gutterHeadings)).toList();
        List<TextLine> pageHeader = document.lines().stream().filter(l -> l.region() == TextLine.Region.HEADER).toList();
        List<Integer> headingIndexes = new ArrayList<>(headings.find(body));
        if (!headingIndexes.isEmpty() && headingIndexes.get(0) == 0 && SectionVocabulary.kindOf(body.get(0).text()).isEmpty()
                && !SectionVocabulary.isContactHeading(body.get(0).text())) {
            headingIndexes.remove(0); // a document opens with its owner's name ("# Dana Reyes"), not an unknown section
        }
        if (!headingIndexes.isEmpty() && nameSecondLine(body, headingIndexes.get(0))) {
            headingIndexes.remove(0);
        }
        int firstHeading = headingIndexes.isEmpty() ? body.size() : headingIndexes.get(0);
        List<TextLine> top = new ArrayList<>(body.subList(0, firstHeading));
        String email = document.lines().stream().map(l -> contacts.email(l.text())).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        NameFinder.Result named = names.find(top, body, email);
        if (named.name() == null && firstHeading == 0) {
            named = nameUnderOpeningHeading(body, headingIndexes, email, named);
        }
        if (named.name() == null) { // a Word template can set the name in the page header
            NameFinder.Result inHeader = names.find(pageHeader, List.of(), email);
            named = inHeader.name() == null ? named : new NameFinder.Result(inHeader.name(),
                    named.headline() != null ? named.headline() : inHeader.headline(), named.lines());
        }
        if (named.name() == null) {
            named = names.backedByEmail(body, email);
        }

        Map<SectionHeading, List<TextLine>> sections = new LinkedHashMap<>();
        SectionHeading open = null;
        TextLine openLine = null;
        boolean inContact = false;
        List<TextLine> nameLines = named.lines();
        for (int h = 0; h < headingIndexes.size(); h++) {
            int start = headingIndexes.get(h);
            int end = h + 1 < headingIndexes.size() ? headingIndexes.get(h + 1) : body.size();
            String title = HeadingDetector.NUMBERING.matcher(body.get(start).text().strip()
                    .replaceAll("[:：]$|^[^\\p{L}\\p{N}]+", "").strip()).replaceFirst("");
            List<TextLine> content = new ArrayList<>(body.subList(start + 1, end));
            content.removeAll(named.lines());
            // under a contact heading, unknown "headings" are its field labels ("SĐT", "E-Mail", "Github")
            inContact = SectionVocabulary.isContactHeading(title)
                    || inContact && SectionVocabulary.kindOf(title).isEmpty() && !title.contains(" ");
            if (inContact) {
                top.addAll(body.subList(SectionVocabulary.isContactHeading(title) ? start + 1 : start, end).stream()
                        .filter(l -> !nameLines.contains(l)).toList());
                continue;
            }
            TextLine line = body.get(start);
            if (open != null && subheading(openLine, line, open.kind(), title)) {
                sections.get(open).addAll(content); // "Experience" over "Research" and "Teaching" in smaller type
                continue;
            }
            SectionKind kind = SectionVocabulary.kindOf(title).orElse(SectionKind.OTHER);
            open = new SectionHeading(title, kind);
            openLine = line;
            // a heading repeated further on (the section goes on in another column or page) continues its section
            sections.computeIfAbsent(new SectionHeading(title, kind), k -> new ArrayList<>()).addAll(content);
        }
        List<TextLine> contactLines = new ArrayList<>(top);
        contactLines.addAll(pageHeader);

        Contact contact = contact(named.name(), contactLines, body);
        return build(contact, named.headline(), sections);
    }

    /**
     * A document that opens with a heading and sets its owner's name and contact lines under it ("EDUCATION" over
     * "Xingchen Lin" and "Contact: ... Email: ..."): the name is read there, and those lines leave the section.
     */
    private NameFinder.Result nameUnderOpeningHeading(List<TextLine> body, List<Integer> headingIndexes, String email,
            NameFinder.Result none) {
        int end = Math.min(headingIndexes.size() > 1 ? headingIndexes.get(1) : body.size(), 5);
        for (int i = 1; i < end; i++) {
            String text = body.get(i).text();
            if (contacts.email(text) != null || contacts.phone(text) != null) {
                NameFinder.Result found = names.find(body.subList(1, Math.max(2, i)), List.of(), email);
                return found.name() == null ? none
                        : new NameFinder.Result(found.name(), found.headline(), body.subList(1, i + 1));
            }
        }
        return none;
    }

    /**
     * An unknown one-word "heading" in display type under a one-word line of the same size is the second half of the
     * owner's name ("Алина" over a bold "Шайхутдинова"), not a section.
     */
    private static boolean nameSecondLine(List<TextLine> body, int at) {
        if (at < 1 || at > 3) {
            return false;
        }
        TextLine above = body.get(at - 1);
        TextLine line = body.get(at);
        return NameFinder.continuesName(above, line)
                && SectionVocabulary.kindOf(line.text()).isEmpty() && !SectionVocabulary.isContactHeading(line.text());
    }

    /** A line with the owner's own email or phone (a page footer repeating the contact details) is no job. */
    private static boolean ownContactLine(TextLine line, Contact contact) {
        String text = line.text();
        if (contact.email() != null && text.toLowerCase(java.util.Locale.ROOT).contains(contact.email().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        String phone = contact.phone() == null ? "" : contact.phone().replaceAll("\\D", "");
        return phone.length() >= 7 && text.replaceAll("\\D", "").contains(phone);
    }

    /** A heading of qualifiers only, in smaller type than the entry section's heading above it, is part of it. */
    private static boolean subheading(TextLine section, TextLine line, SectionKind kind, String title) {
        boolean entries = kind == SectionKind.EXPERIENCE || kind == SectionKind.EDUCATION || kind == SectionKind.PROJECTS;
        return entries && line.fontSize() > 0 && section.fontSize() - line.fontSize() >= 1f
                && HeadingLexicon.qualifiersOnly(SectionVocabulary.normalise(title));
    }

    /**
     * A heading in a left-hand column with its section's first line beside it ("PROFILE ⇥ Passionate instructor...",
     * a table row "Experience | Nurse, St Mary's"): the heading becomes a line of its own above that line.
     */
    private static Stream<TextLine> headingBeside(TextLine line, boolean gutterHeadings) {
        String gutter = gutterHeadings ? GutterHeading.prefix(line.text()) : null;
        int tab = gutter != null ? gutter.length() : line.text().indexOf('\t');
        if (tab <= 0) {
            return Stream.of(line);
        }
        String first = line.text().substring(0, tab).strip();
        if (SectionVocabulary.kindOf(first).isEmpty() && !SectionVocabulary.isContactHeading(first)) {
            return Stream.of(line);
        }
        TextLine heading = new TextLine(first, line.x(), line.y(), line.right(), line.fontSize(), line.bold(), line.page(),
                line.region(), true, line.styledHeading());
        TextLine rest = new TextLine(line.text().substring(tab + 1).strip(), line.x(), line.y(), line.right(),
                line.fontSize(), line.bold(), line.page(), line.region(), false, false);
        return Stream.of(heading, rest);
    }

    private Resume build(Contact contact, String headline, Map<SectionHeading, List<TextLine>> sections) {
        List<String> summary = new ArrayList<>();
        var experience = new ArrayList<dev.careeragent.resume.model.ExperienceEntry>();
        var education = new ArrayList<dev.careeragent.resume.model.EducationEntry>();
        var projects = new ArrayList<dev.careeragent.resume.model.ProjectEntry>();
        List<String> skills = new ArrayList<>();
        List<String> certifications = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<OtherSection> other = new ArrayList<>();
        for (Map.Entry<SectionHeading, List<TextLine>> section : sections.entrySet()) {
            List<TextLine> content = section.getKey().kind() == SectionKind.EXPERIENCE
                    ? section.getValue().stream().filter(l -> !ownContactLine(l, contact)).toList() : section.getValue();
            List<Item> sectionItems = items.build(dates.joinWrappedRanges(content));
            switch (section.getKey().kind()) {
                case SUMMARY -> summary.add(lists.paragraph(sectionItems));
                case EXPERIENCE -> experience.addAll(entries.experience(EntryGroup.split(sectionItems, dates)));
                case EDUCATION -> education.addAll(schools.education(EntryGroup.split(sectionItems, dates)));
                case PROJECTS -> projects.addAll(entries.projects(EntryGroup.split(sectionItems, dates)));
                case SKILLS -> skills.addAll(lists.splitList(sectionItems));
                case LANGUAGES -> languages.addAll(lists.languages(sectionItems));
                case CERTIFICATIONS -> certifications.addAll(lists.lines(sectionItems));
                case OTHER -> other.add(new OtherSection(section.getKey().title(), lists.lines(sectionItems)));
            }
        }
        String summaryText = summary.stream().filter(s -> !s.isBlank()).reduce((a, b) -> a + "\n\n" + b).orElse(null);
        return new Resume(contact, headline, summaryText, experience, education, skills, projects, certifications,
                languages, other, new ArrayList<>(sections.keySet()));
    }

    private static final int MAX_CONTACT_LINE = 1_000;

    private Contact contact(String name, List<TextLine> contactLines, List<TextLine> allLines) {
        String email = null;
        String phone = null;
        String location = null;
        Map<String, Link> links = new LinkedHashMap<>();
        for (TextLine line : contactLines) {
            // a contact line is short; a longer one (a pasted blob) is read only at its start, so regexes stay fast
            String text = line.text().length() > MAX_CONTACT_LINE ? line.text().substring(0, MAX_CONTACT_LINE) : line.text();
            email = email != null ? email : contacts.email(text);
            phone = phone != null ? phone : contacts.phone(text);
            contacts.links(text).forEach(l -> links.putIfAbsent(ContactExtractor.key(l.url()), l));
            if (location == null) {
                for (String part : CONTACT_SPLIT.split(text)) {
                    String clean = part.replaceAll("^[\\s,]+|[\\s,]+$", "");
                    if (contacts.email(clean) == null && contacts.phone(clean) == null && contacts.links(clean).isEmpty()
                            && (name == null || !clean.equals(name))) {
                        location = contacts.locationIn(clean);
                        if (location != null) {
                            break;
                        }
                    }
                }
            }
        }
        for (int i = 0; i < allLines.size(); i++) {
            TextLine line = allLines.get(i);
            if (email == null && (email = contacts.email(line.text())) != null) {
                // outside the top block (a sidebar), the lines around the email are the contact block; its phone is
                // the one nearest the email, not a referee's a few lines before it in the column beside
                for (int d = 0; d <= 6 && phone == null; d++) {
                    int at = i + (d % 2 == 0 ? d / 2 : -(d + 1) / 2);
                    phone = at >= 0 && at < allLines.size() ? contacts.phone(allLines.get(at).text()) : null;
                }
                for (TextLine near : allLines.subList(Math.max(0, i - 3), Math.min(allLines.size(), i + 4))) {
                    contacts.links(near.text()).forEach(l -> links.putIfAbsent(ContactExtractor.key(l.url()), l));
                }
            }
            if (phone == null && line.text().matches("(?i).*\\b(phone|tel|mobile|cell|telefon)\\b.*")) {
                phone = contacts.phone(line.text());
            }
            phone = phone != null ? phone : contacts.internationalPhone(line.text());
        }
        return new Contact(name, email, phone, location, new ArrayList<>(links.values()));
    }
}
