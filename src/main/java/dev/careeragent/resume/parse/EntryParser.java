package dev.careeragent.resume.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.careeragent.resume.model.ExperienceEntry;
import dev.careeragent.resume.model.ProjectEntry;

/** Turns entry groups into jobs and projects by scoring each header piece for what it names. */
final class EntryParser {

    static final Pattern TITLE_WORDS = Pattern.compile("(?iu)\\b(engineer|developer|programmer|manager|intern|internship"
            + "|analyst|director|consultant|accountant|assistant|associate|lead|head|officer|specialist|coordinator"
            + "|administrator|designer|scientist|researcher|architect|(?:co-?)?founder|cto|ceo|cfo|coo|vp|president"
            + "|technician|advis[eo]r|volunteer|member|coach|server|teacher|tutor|writer|editor|representative|agent"
            + "|nurse|clerk|cashier|chef|cook|receptionist|secretary|supervisor|executive|owner|partner|professor"
            + "|lecturer|instructor|fellow|trainee|apprentice|auditor|bookkeeper|sre|devops|recruiter|strategist"
            + "|marketer|principal|mentor|driver|guard|worker|caregiver|aide|attendant|operator|mechanic|electrician"
            + "|plumber|carpenter|welder|laborer|labourer|barista|bartender|waiter|waitress|host|hostess|housekeeper"
            + "|janitor|custodian|dispatcher|courier|stocker|picker|packer|handler|loader|paralegal|pharmacist"
            + "|therapist|counsel+or|physician|dentist|hygienist|librarian|buyer|planner|estimator|inspector|foreman"
            + "|superintendent|surveyor|translator|interpreter|photographer|producer|journalist|reporter|artist"
            + "|trainer|educator|dean|teller|banker|broker|underwriter|adjuster|controller|treasurer|investigator"
            + "|soldier|sergeant|commander|captain|lieutenant|pilot|dietitian|nutritionist|midwife|paramedic"
            + "|practitioner|phlebotomist|merchandiser|salesperson|cleaner|chauffeur|babysitter|nanny|crew"
            + "|employee|staff|expert|economist|lawyer|attorney|solicitor|tester|practicum|rotation|extern|externship"
            + "|resident|residency|clerkship|preceptee|butcher|baker|porter|steward|stewardess|concierge|valet"
            + "|entwickler\\w*|ingenieur\\w*|leiter\\w*|berater\\w*|werkstudent\\w*|praktikant\\w*"
            + "|mitarbeiter\\w*|referent\\w*|sachbearbeiter\\w*|ingénieur\\w*|développeur\\w*|stagiaire|responsable"
            + "|directeur\\w*|ingeniero\\w*|desarrollador\\w*|gerente|analista|jefe|practicante|becario|asistente"
            + "|consultor[a]?|t[ée]cnic[oa]|auxiliar|aux|operador[a]?|vendedor[a]?|administrador[a]?"
            // Korean ranks and roles, Vietnamese role heads (intern, staff, specialist, engineer, programmer, manager)
            + "|사원|주임|대리|과장|차장|부장|팀장|팀원|실장|매니저|인턴|연구원|개발자|디자이너"
            + "|thực tập sinh|nhân viên|chuyên viên|chuyên gia|kỹ sư|lập trình viên|trưởng phòng|giám đốc|quản lý"
            // Portuguese, Dutch, Polish, Turkish and Russian
            + "|desenvolvedor\\w*|engenheir\\w*|estagi[aá]ri\\w*|coordenador\\w*|assistente|medewerker|ontwikkelaar"
            + "|adviseur|stagiair|verpleegkundige|docent|programista|kierownik|specjalista|in[zż]ynier\\w*|analityk"
            + "|ksi[eę]gow\\w*|sta[zż]ysta|praktykant\\w*|sprzedawca|dyrektor|asystent\\w*|m[uü]hendis\\w*|uzman\\w*"
            + "|m[uü]d[uü]r\\w*|geli[sş]tirici|stajyer|y[oö]netici\\w*|dan[iı][sş]man|[oö][gğ]retmen\\w*|teknisyen"
            + "|программист\\w*|инженер\\w*|разработчик\\w*|менеджер\\w*|аналитик\\w*|техник\\w*|руководител\\w*"
            + "|директор\\w*|бухгалтер\\w*|специалист\\w*|стаж[её]р\\w*|консультант\\w*|преподавател\\w*|учител\\w*"
            // German compounds end in their role ("Entwicklungsingenieur", "Mitgliederwerber", "Lagerhelfer")
            + "|\\p{L}*(?:ingenieur|entwickler|programmierer|berater|helfer|werber|techniker|monteur|fahrer|verk[aä]ufer"
            + "|fachkraft|pfleger)(?:in|innen)?|hiwi)\\b");
    /** A preposition left at the end of a title whose employer wrapped to the next line ("Nurse at" over "St Mary's"). */
    private static final Pattern DANGLING = Pattern.compile("(?iu)\\s+(?:at|am|im|beim|bei|chez|en|in|for|für)$");
    static final Pattern ORG_WORDS = Pattern.compile("(?iu)\\b(inc|llc|ltd|limited|pvt|gmbh|corp|corporation|company"
            + "|co(?!-op)|bank|group|technologies|technology|labs?|solutions|ag|plc|foundation|agency|university|college"
            + "|institute|school|schools|hospital|clinic|studio|systems|services|partners|consulting|ventures|holdings"
            + "|center|centre|club|church|ministry|council|association|society|department|restaurant|hotel|cafe"
            + "|store|stores|shop|market|bakery|farm|factory|media|logistics|healthcare|health|pharma|insurance"
            + "|industries|international|global|enterprises|networks|software|motors|airlines?|energy|capital|holding"
            + "|academy|trust|authority|government|municipality|city of|county|district|army|navy|forces"
            // legal forms and institutions in other languages ("АО «НИИ «Субмикрон»", "Sp. z o.o.", "A.Ş.", "B.V.")
            + "|ооо|оао|зао|пао|ао|нии|университет\\w*|институт\\w*|компания|банк|ltda|srl|spa|sarl|b\\.v|n\\.v|gmbh"
            + "|o\\.o|a\\.[sş]|uniwersytet\\w*|politechnika|[uü]niversitesi|universidade|universiteit|hogeschool"
            + "|gbr|e\\.k|kg|ohg|ug|e\\.v|mbh|s/a|eireli"
            // Vietnamese: company, limited, joint-stock, group, bank, hospital, university
            + "|công ty|cty|tnhh|cổ phần|tập đoàn|ngân hàng|bệnh viện|đại học)\\b\\.?");
    private static final Pattern NAME_DESCRIPTION = Pattern.compile("^([^:]{2,60}?)\\s*(?::|\\s[–—-]\\s)\\s*(.+)$");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)]+)\\)");

    private final DateParser dates;
    private final EntryDates entryDates;
    private final ContactExtractor contacts;

    EntryParser(DateParser dates, ContactExtractor contacts) {
        this.dates = dates;
        this.entryDates = new EntryDates(dates);
        this.contacts = contacts;
    }

    List<ExperienceEntry> experience(List<EntryGroup> groups) {
        List<ExperienceEntry> entries = new ArrayList<>();
        for (EntryGroup group : groups) {
            if (group.header.isEmpty()) {
                continue;
            }
            HeaderPieces h = HeaderPieces.of(group.header, dates, contacts);
            List<HeaderPieces.Piece> pieces = new ArrayList<>(h.pieces);
            HeaderPieces.Piece title = pieces.stream().filter(p -> titleScore(p) > 0)
                    .max(Comparator.comparingInt(EntryParser::titleScore)).orElse(null);
            if (title == null && pieces.size() > 1 && pieces.stream().anyMatch(EntryParser::namedOrganisation)) {
                // "Senior Nursing Practicum" / "Methodist Dallas Medical Center": the piece that names no organisation,
                // on a line of its own before one beside the organisation ("clockwork GbR, Dresden" / "Helfer")
                List<Integer> orgLines = pieces.stream().filter(EntryParser::namedOrganisation).map(HeaderPieces.Piece::line)
                        .toList();
                List<HeaderPieces.Piece> unnamed = pieces.stream().filter(p -> !ORG_WORDS.matcher(p.text()).find()).toList();
                title = unnamed.stream().filter(p -> !orgLines.contains(p.line())).findFirst()
                        .orElse(unnamed.stream().findFirst().orElse(null));
            }
            if (title == null && pieces.size() > 1) {
                title = pieces.stream().filter(p -> !p.bold()).findFirst()
                        .orElse(pieces.stream().filter(p -> p.line() > 0).findFirst().orElse(pieces.get(pieces.size() - 1)));
            }
            HeaderPieces.Piece chosenTitle = title;
            List<HeaderPieces.Piece> rest = pieces.stream().filter(p -> p != chosenTitle).toList();
            String company = null;
            String titleText = title == null ? null : title.text();
            String location = h.location;
            List<String> extra = new ArrayList<>();
            if (!rest.isEmpty()) {
                // a header set out in table cells or columns names its employer in a cell of its own, not in the
                // title's ("Software Architektur | Werkstudent ⇥ Fressnapf Holding SE"); on a tie, a cell of its own wins
                HeaderPieces.Piece t = title;
                HeaderPieces.Piece org = rest.stream().max(Comparator.comparingInt((HeaderPieces.Piece p) -> orgScore(p)
                        - (t != null && sameCell(p, t) && pieces.stream().anyMatch(q -> q.line() == p.line()
                        && q.column() != p.column() && !placeLike(q.text())) ? 3 : 0))
                        .thenComparing(p -> !placeLike(p.text()) && pieces.stream().filter(q -> sameCell(p, q)).count() == 1))
                        .orElseThrow();
                int orgLine = org.line();
                List<String> names = new ArrayList<>();
                boolean afterOrg = false;
                boolean placeAfterOrg = false;
                for (HeaderPieces.Piece p : rest) {
                    if (p != org && title != null && p.line() == title.line() && titleScore(p) > 0 && titleScore(org) <= 0) {
                        // "Retail assistant • Duty manager • Iceland Foods": two roles, in the order written
                        titleText = pieces.indexOf(p) < pieces.indexOf(title) ? p.text() + " / " + titleText
                                : titleText + " / " + p.text();
                    } else if (p.line() != orgLine || sentence(p.text()) || p.column() != org.column() && p.line() == 0
                            && title != null && p.column() == title.column()) {
                        // another line, or the title's own cell ("Software Entwicklung | Praktikum ⇥ BMW Group")
                        extra.add(p.text());
                    } else if (afterOrg && (location == null || placeAfterOrg) && placeLike(p.text())
                            && !unknownAcronym(p.text(), org.text())) {
                        // "Title at Company, City": the short names after the company are its place ("Warsaw, Polonia")
                        location = location == null ? p.text() : location + ", " + p.text();
                        placeAfterOrg = true;
                    } else {
                        names.add(p.text());
                    }
                    afterOrg |= p == org;
                }
                company = HeaderPieces.BRACKETED_TYPE.matcher(String.join(", ", OrganisationUnits.employerOnly(names)))
                        .replaceAll("");
            }
            List<String> bullets = new ArrayList<>(extra);
            group.body.stream().filter(i -> !Placeholders.isTemplateText(i.text()))
                    .forEach(i -> bullets.add(entryDates.stripTrailingDates(i)));
            DateSpan span = h.dates != null ? h.dates : entryDates.sideDates(group);
            titleText = titleText == null ? null : DANGLING.matcher(titleText).replaceFirst("");
            entries.add(new ExperienceEntry(withoutFullStop(titleText), withoutFullStop(blankToNull(company)), location == null && h.remote ? "Remote" : location,
                    span == null ? null : span.start(), span == null ? null : span.end(), span != null && span.current(),
                    bullets));
        }
        return EmployerRoles.shared(entries);
    }

    private static boolean sameCell(HeaderPieces.Piece a, HeaderPieces.Piece b) {
        return a.line() == b.line() && a.column() == b.column();
    }

    /** A name with a company word, written as a name (mostly capitalised words), not a description of one. */
    private static boolean namedOrganisation(HeaderPieces.Piece p) {
        String[] words = p.text().split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
        return ORG_WORDS.matcher(p.text()).find() && capitalised * 2 >= words.length;
    }

    /**
     * "NHSEI", "DfE": an employer's initials, not a place, unless a known place or region ("USA", "NY"). A line set all
     * in capitals ("LIONBRIDGE, WARSAW") says nothing of initials.
     */
    private boolean unknownAcronym(String text, String org) {
        return !HeadingDetector.caps(org) && text.length() <= 6 && text.matches("\\p{Lu}[\\p{L}&]*\\p{Lu}[\\p{L}&]*")
                && contacts.location(text) == null && !contacts.isRegion(text);
    }

    /** A place name as written after a company: one to three capitalised words, no digits, no company words. */
    private static boolean placeLike(String text) {
        String[] words = text.split("\\s+");
        if (words.length > 3 || text.matches(".*\\d.*") || ORG_WORDS.matcher(text).find()
                || TITLE_WORDS.matcher(text).find()) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    List<ProjectEntry> projects(List<EntryGroup> groups) {
        List<ProjectEntry> entries = new ArrayList<>();
        for (EntryGroup group : groups) {
            if (group.header.isEmpty()) {
                for (Item bullet : group.body) {
                    Matcher m = NAME_DESCRIPTION.matcher(bullet.text());
                    String name = m.matches() ? m.group(1).strip() : bullet.text();
                    String description = m.matches() ? m.group(2).strip() : null;
                    entries.add(new ProjectEntry(name, description, List.of(), null, null, false, url(bullet.text())));
                }
                continue;
            }
            HeaderPieces h = HeaderPieces.of(group.header, dates, contacts);
            String name = h.pieces.isEmpty() ? group.header.get(0).text() : h.pieces.get(0).text();
            Matcher link = MARKDOWN_LINK.matcher(name);
            String url = url(group.allText());
            if (link.find()) {
                name = link.group(1);
                url = link.group(2);
            }
            List<String> description = h.pieces.stream().skip(1).map(HeaderPieces.Piece::text).toList();
            List<String> bullets = group.body.stream().map(entryDates::stripTrailingDates).toList();
            DateSpan span = h.dates != null ? h.dates : entryDates.sideDates(group);
            entries.add(new ProjectEntry(name, description.isEmpty() ? null : String.join(" ", description), bullets,
                    span == null ? null : span.start(), span == null ? null : span.end(), span != null && span.current(),
                    url));
        }
        return entries;
    }

    private String url(String text) {
        return contacts.links(text).stream().map(dev.careeragent.resume.model.Link::url).findFirst().orElse(null);
    }

    private static int titleScore(HeaderPieces.Piece p) {
        int score = 0;
        Matcher m = TITLE_WORDS.matcher(p.text());
        while (m.find()) {
            score += 2;
        }
        Matcher o = ORG_WORDS.matcher(p.text());
        while (o.find()) {
            score -= 1;
        }
        return score + (p.role() == HeaderPieces.Role.TITLE ? 10 : p.role() == HeaderPieces.Role.ORG ? -10 : 0);
    }

    private static int orgScore(HeaderPieces.Piece p) {
        int score = (p.bold() ? 1 : 0) - (TITLE_WORDS.matcher(p.text()).find() ? 3 : 0);
        Matcher o = ORG_WORDS.matcher(p.text());
        while (o.find()) {
            score += 2;
        }
        return score - (sentence(p.text()) ? 5 : 0) - p.line() + (p.role() == HeaderPieces.Role.ORG ? 10 : 0);
    }

    private static boolean sentence(String text) {
        return text.split("\\s+").length > 9 || EntryGroup.isSentence(text);
    }

    /** "Saint John's University." as written at a sentence's end: the full stop is no part of the name ("Acme Inc." keeps it). */
    private static String withoutFullStop(String name) {
        if (name == null || !name.endsWith(".") || name.endsWith("..")) {
            return name;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return EntryGroup.ABBREVIATION.matcher(last).matches() ? name : name.substring(0, name.length() - 1).strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
