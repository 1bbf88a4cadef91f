package dev.careeragent.sources.web;

import dev.careeragent.jobs.normalize.EmploymentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The readable-text pass: the first short lines of the page. A line naming an occupation near the top is a
 * title; boards put "Company / Title / Place" there, so the short line above that title is a company and a
 * place-like line after it a location; sentences such as "At X, we ..." or "X is a leading ..." name the employer.
 */
final class TextVotes {

    static final Pattern PLACE = Pattern.compile(
            "^(?:remote\\b.*|[\\p{L}][\\p{L} .'’-]{1,40}(?:,\\s*[\\p{L}][\\p{L} .'’-]{1,40}){1,3}(?:\\s+\\d{4,6})?"
            + "|[\\p{L}][\\p{L} .'-]{1,30}\\s+\\d{5,6})$", Pattern.CASE_INSENSITIVE);
    /** One place name or code inside a list ("US", "New York", "Remote (US)"). */
    private static final Pattern PLACE_WORD = Pattern.compile("^(?:remote\\b.*|\\p{Lu}[\\p{L} .'’-]{1,40})$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ROLE_WORDS = Set.of("engineer", "developer", "manager", "director", "analyst",
            "associate", "assistant", "intern", "internship", "fellow", "specialist", "consultant", "designer",
            "technician", "officer", "administrator", "architect", "scientist", "lead", "head", "coordinator",
            "representative", "executive", "nurse", "teacher", "tutor", "chef", "cook", "driver", "worker", "staff",
            "clerk", "accountant", "auditor", "advisor", "adviser", "agent", "operator", "supervisor", "programmer",
            "tester", "writer", "editor", "recruiter", "partner", "president", "cashier", "barista", "server",
            "mechanic", "electrician", "plumber", "carpenter", "welder", "pharmacist", "therapist", "physician",
            "counsellor", "counselor", "instructor", "lecturer", "professor", "researcher", "mover", "telemarketer",
            "salesperson", "marketer", "planner", "buyer", "controller", "strategist", "secretary", "receptionist",
            "housekeeper", "attendant", "guard", "professional", "labourer", "laborer", "handler", "packer", "trainee", "apprentice",
            "dba", "sre", "cto", "cfo", "ceo", "vp", "principal", "paralegal", "lawyer", "attorney", "dentist");
    private static final List<Pattern> EMPLOYER_SENTENCES = List.of(
            Pattern.compile("(?:^|\\.\\s)At (?<c>\\p{Lu}[\\p{L}\\p{N}&.'’ -]{1,40}?), (?:we|you|our)\\b"),
            Pattern.compile("(?:^|\\.\\s)(?<c>\\p{Lu}[\\p{L}\\p{N}&.'’ -]{1,40}?)(?: \\([^)]{1,30}\\))? is (?:a|an|the) "
                    + "(?:leading|global|fast-growing|growing|world|premier|pioneer|technology|national|nationally)\\b"),
            Pattern.compile("\\b(?<c>\\p{Lu}[\\p{L}\\p{N}&.'’ -]{1,40}?) is hiring\\b"),
            // "Founded in 2014, X is ...", "Founded in Annecy in 1952 by two master tailors, X has ..."
            Pattern.compile("(?:^|\\.\\s)Founded (?:in|by) [^.,]{0,60}?\\d{4}[^.,]{0,60}?, (?<c>\\p{Lu}[\\p{L}\\p{N}&.'’ -]{1,40}?)"
                    + " (?:is|has|was)\\b"),
            Pattern.compile("(?:^|\\.\\s)(?<c>\\p{Lu}[\\p{L}\\p{N}&.'’ -]{1,40}?) (?:is|are) on a mission\\b"),
            Pattern.compile("\\bJoin (?<c>\\p{Lu}[\\p{L}\\p{N}&.'’-]{1,30}(?: \\p{Lu}[\\p{L}\\p{N}&.'’-]{1,30}){0,3})(?:[,.!]| as | and | to )"));
    /** "The place of work will be in Copenhagen.", "this position is located in Aalborg", "The role is based in Leeds". */
    private static final Pattern PLACE_SENTENCE = Pattern.compile("(?:\\b(?i:place of work|workplace|work location|"
            + "(?:position|job|role|post) (?:is|will be) (?:located|based))\\s+(?i:is\\s+|will be\\s+)?(?i:in\\s+|at\\s+)?"
            + "|(?i:\\p{L}*standort(?:e?s)?|\\barbeitsort|\\bdienstort|\\beinsatzort)\\s+(?:im|in|am)\\s+"
            + "|\\b(?i:lieu de travail|situ[ée]e? à|bas[ée]e? à|sede di lavoro|luogo di lavoro|lugar de trabajo|"
            + "standplaats|werklocatie)\\s*:?\\s+(?:(?i:à|a|en|in|di|te)\\s+)?"
            // "our office in X", "unser Hauptsitz «Connect» in X", "la nostra sede di X", "nuestra oficina en X"
            + "|\\b(?i:our|unser(?:em|en|e)?|notre|nos|nuestra|nuestras|nostra|nostro|ons|onze)\\s+(?:\\p{L}+\\s+)?"
            + "(?i:office|offices|site|plant|store|headquarters|facility|facilities|factory|warehouse|depot|campus|branch|clinic"
            + "|hospital|laboratory|lab|restaurant|hotel|hauptsitz|sitz|büro|bureau|siège|sede|oficina|oficinas|kantoor|vestiging)"
            + "\\s+(?:[«\"“][^»\"”]{1,30}[»\"”]\\s+)?(?i:in|at|à|a|en|di|de|te)\\s+)"
            + "(?<l>[\\p{Lu}\\d][\\p{L}\\d'’-]*(?:,?\\s+[\\p{Lu}\\d][\\p{L}\\d'’-]*){0,4})");
    /** Parsed once: {@link #hidden} is asked of every element of a page. */
    private static final Evaluator HIDDEN = QueryParser.parse(
            "[aria-hidden=true], [hidden], .visually-hidden, .sr-only, .screen-reader-text, .visuallyhidden");
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{2}\\.$");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,/·]\\s*");
    private static final Pattern TERM_SEPARATOR = Pattern.compile("\\s*[,|·•]\\s*");
    private static final Pattern TEAM_SEPARATOR = Pattern.compile("\\s+[—–|·•-]\\s+");
    private static final Pattern OPENING = Pattern.compile("^[(\\s]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern PROPER_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?:[ -]\\p{Lu}[\\p{L}'’.-]+){0,2}");
    private static final int TOP_LINES = 15;
    /** Sentence openings that look like a name but are not one ("The role is a ...", "This team ..."). */
    private static final Pattern NOT_EMPLOYERS = Pattern.compile("^(?:The|This|Our|Your|You|We|It|Each|Every|Its|That)\\b");
    /** Header lines after the title that may hold the place ("Title / Team / Place"). */
    private static final int HEADER_LINES = 3;
    /** Own words of a paragraph of running text, not a label and its value. */
    private static final int SENTENCE_WORDS = 6;

    private TextVotes() {
    }

    static void read(Document doc, FieldVotes title, FieldVotes company, FieldVotes location) {
        List<Element> elements = lineElements(doc);
        List<String> lines = elements.stream().map(e -> e.ownText().strip()).toList();
        int titleLine = -1;
        for (int i = 0; i < Math.min(TOP_LINES, lines.size()) && titleLine < 0; i++) {
            if (namesRole(lines.get(i)) && !employmentTypeOnly(lines.get(i))) {
                titleLine = i;
                title.add(lines.get(i), 3);
            }
        }
        String top = title.best(v -> true).orElse(null);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("\\s*[·•|]\\s*$", "");
            if (isPlaceLine(line) && line.length() <= 80) {
                location.add(line, i < 25 ? 2 : 1);
            }
            // the main heading may stand below a long site menu: found by its text, not by its rank among the lines
            if (titleLine < 0 && top != null && FieldVotes.key(line).equals(FieldVotes.key(top))) {
                titleLine = i;
            }
        }
        if (titleLine > 0) {
            company.add(lines.get(titleLine - 1), menuEntry(elements.get(titleLine - 1)) ? 0.5 : 2);
        }
        for (int i = titleLine + 1; titleLine >= 0 && i <= titleLine + HEADER_LINES && i < lines.size(); i++) {
            String line = lines.get(i).replaceAll("\\s*[·•|/]\\s*$", "");
            if (isPlaceLine(line) && PlaceCheck.canBePlace(line)) {
                location.add(line, i == titleLine + 1 ? 2 : 1);
            } else {
                onlyNameAmongTerms(line).or(() -> placeBesideTeam(line)).ifPresent(place -> location.add(place, 1.5));
            }
        }
        if (titleLine >= 0) {
            HeaderBlock.employerAbovePlace(elements, lines, titleLine, HEADER_LINES).ifPresent(name -> company.add(name, 2));
        }
        for (Element block : doc.select("p, li, div:matchesOwn(\\w{3}), span:matchesOwn(\\w{3})")) {
            // running text may set its place in bold ("Dein Arbeitsort ist unser <b>Hauptsitz in Opfikon</b>"); a label
            // and its value in one paragraph are no sentence
            String own = block.ownText();
            Matcher m = PLACE_SENTENCE.matcher(block.is("p, li") && own.split("\\s+").length >= SENTENCE_WORDS ? block.text() : own);
            if (m.find()) {
                location.add(m.group("l"), 3);
                break;
            }
        }
        for (Pattern p : EMPLOYER_SENTENCES) {
            for (Element block : doc.select("p, li, h1, h2, h3, h4, div:matchesOwn(\\w{3}), span:matchesOwn(\\w{3})")) {
                Matcher m = p.matcher(block.text());
                if (m.find() && !NOT_EMPLOYERS.matcher(m.group("c")).find()) {
                    company.add(m.group("c"), 2);
                    break;
                }
            }
        }
    }

    /** "Austin, TX", "Remote", or a list of places "New York / Remote (US)" naming a real place or remote work. */
    static boolean isPlaceLine(String line) {
        if (!properNames(line)) {
            return false;
        }
        if (PLACE.matcher(line).matches()) {
            return true;
        }
        String[] parts = line.split("\\s+[/–-]\\s+"); // "New York / Remote (US)", "Sao Paulo - Brazil"
        if (parts.length < 2 || !PlaceCheck.namesPlace(line) || !PlaceCheck.canBePlace(line)) {
            return false;
        }
        for (String part : parts) {
            if (!PLACE.matcher(part).matches() && !PLACE_WORD.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Places are proper names: each part of a list starts with a capital or a digit ("Affoltern am Albis, ZH"), so a
     * profile line such as "Flexibility, resistance to stress" or a sentence ending in a full stop is not one.
     */
    static boolean properNames(String line) {
        if (SENTENCE_END.matcher(line).find()) {
            return false;
        }
        for (String part : LIST_SEPARATOR.split(line)) {
            String p = OPENING.matcher(part).replaceFirst("");
            if (!p.isEmpty() && Character.isLowerCase(p.charAt(0)) && !p.toLowerCase(Locale.ROOT).startsWith("remote")) {
                return false;
            }
        }
        return true;
    }

    /** "Intern", "Full-time": a single word that says the kind of contract, on a line of its own, is no job title. */
    private static boolean employmentTypeOnly(String line) {
        return !line.strip().contains(" ") && !EmploymentType.parseAll(line).isEmpty();
    }

    /**
     * A header line of short terms with a figure ("100%, Zurich, fixed-term"): the one proper name among workload
     * figures and lower-case terms is the place.
     */
    static Optional<String> onlyNameAmongTerms(String line) {
        String[] parts = TERM_SEPARATOR.split(line);
        String name = null;
        boolean figure = false;
        for (String part : parts) {
            if (PROPER_NAME.matcher(part).matches() && PlaceCheck.canBePlace(part)) {
                if (name != null) {
                    return Optional.empty();
                }
                name = part;
            } else if (part.isEmpty() || part.split("\\s+").length > 2
                    || !DIGIT.matcher(part).find() && !Character.isLowerCase(part.charAt(0))) {
                return Optional.empty();
            }
            figure |= DIGIT.matcher(part).find();
        }
        return figure ? Optional.ofNullable(name) : Optional.empty();
    }

    /**
     * "San Francisco, California, United States — Go To Market", "Platform Team | Lyon, France": the part of a header
     * line that is a real place, beside the team or department the rest names.
     */
    static Optional<String> placeBesideTeam(String line) {
        String[] parts = TEAM_SEPARATOR.split(line);
        if (parts.length < 2) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (isPlaceLine(part) && PlaceCheck.canBePlace(part) && PlaceCheck.namesPlace(part)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /** A short line that names an occupation ("Senior Data Engineer", "Part-Time Logistics Mover"). */
    static boolean namesRole(String line) {
        if (line.length() < 3 || line.length() > 140 || line.endsWith(".") || line.split("\\s+").length > 16) {
            return false;
        }
        for (String word : line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (ROLE_WORDS.contains(word) || word.endsWith("logist")) {
                return true;
            }
        }
        return false;
    }

    static List<String> lines(Document doc) {
        return lineElements(doc).stream().map(e -> e.ownText().strip()).toList();
    }

    /** The elements whose own text makes the page's first readable lines. */
    static List<Element> lineElements(Document doc) {
        List<Element> lines = new ArrayList<>();
        if (doc.body() == null) {
            return lines;
        }
        for (Element e : doc.body().getAllElements()) {
            if (e.is("script, style, noscript, nav, footer, svg, option, select, button, title") || hidden(e)) {
                continue;
            }
            if (OtherJobsHeading.is(e)) {
                break; // the other postings listed beside this one
            }
            String own = e.ownText().strip();
            if (!own.isEmpty() && own.length() <= 120) {
                lines.add(e);
            }
            if (lines.size() >= 60) {
                break;
            }
        }
        return lines;
    }

    /** Text only a screen reader or nobody sees: visually hidden labels, icon ligatures ({@code aria-hidden}). */
    static boolean hidden(Element e) {
        return e.closest(HIDDEN) != null;
    }

    /** An entry of a menu (one of several short siblings of the same tag): not the employer's name. */
    private static boolean menuEntry(Element e) {
        Element item = e.parent() != null && e.parent().is("a, li") && e.parent().children().size() == 1 ? e.parent() : e;
        if (item.parent() == null) {
            return false;
        }
        long sameShort = item.parent().children().stream()
                .filter(c -> c.tagName().equals(item.tagName()) && c.text().length() <= 30).count();
        return sameShort >= 3;
    }
}
