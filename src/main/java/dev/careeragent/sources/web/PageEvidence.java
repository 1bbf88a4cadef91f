package dev.careeragent.sources.web;

import dev.careeragent.sources.Html;
import dev.careeragent.sources.RawPosting;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, company and location of any job page, each taken from the best-evidenced candidate: schema.org JSON-LD and
 * microdata, naming markup, labelled values, the page title and description phrasings, headings, OpenGraph and a
 * pass over the first lines of readable text. Sources that agree add up; the site's own name is a weak company.
 */
public final class PageEvidence {

    /** The chosen values; any may be null. */
    public record Fields(String title, String company, String location) {
    }

    private static final Set<String> NOT_TITLES = Set.of("job overview", "job description", "job summary",
            "about the job", "apply", "apply now", "search jobs", "home", "jobs", "careers", "description",
            "job details", "overview", "save", "share", "sign in", "log in", "menu", "job search", "search",
            "job title", "title", "position", "your job title");
    /** Labels and template placeholders that stand where a value should be. */
    private static final Set<String> NOT_COMPANIES = Set.of("jobs", "careers", "home", "apply", "save", "share",
            "company", "employer", "about", "overview", "view company profile", "company name", "employer name",
            "your company", "hiring company", "confidential company name", "location", "job title", "company logo",
            "job posting details", "job details", "job description", "position details", "vacancy details");
    /** A link that moves around the site ("View My Account", "Sign in", "Back to results", "Recommend this job"). */
    private static final Pattern NAVIGATION = Pattern.compile("(?i)^(?:(?:view|sign|log)\\s+(?:in|out|up|on|my|all|jobs?|"
            + "details|profile|account)\\b|(?:back|return|go)\\s+to\\b|(?:recommend|send|email|share|save|print)\\s+"
            + "(?:this\\s+)?(?:job|position|vacancy|offer)\\b)|\\bmy\\s+(?:account|profile|jobs|applications|cart|dashboard)\\b");
    /** Job boards and applicant-tracking systems: their name on a page is the site's, not the employer's. */
    private static final Set<String> BOARDS = Set.of("greenhouse", "lever", "workable", "linkedin", "indeed",
            "glassdoor", "monster", "dice", "careerbuilder", "ziprecruiter", "seek", "reed", "reed co uk", "stepstone",
            "smartrecruiters", "icims", "workday", "bamboohr", "personio", "recruitee", "teamtailor", "ashby",
            "jobvite", "breezy", "breezy hr", "jazzhr", "wellfound", "angellist", "welcome to the jungle", "totaljobs",
            "simplyhired", "naukri", "jobstreet", "jobsdb", "hotjobs", "yahoo hotjobs", "y combinator",
            "work at a startup", "otta", "hired", "builtin", "built in", "xing", "jobs ch", "adzuna", "jora", "jobtarget",
            "taleo", "ultipro", "silkroad", "kenexa", "brassring", "successfactors", "usajobs", "careerjet");
    /** Page and section headings, not postings: "Career Opportunities", "Current Job Listings", "Search Results". */
    private static final Pattern LISTING_HEADING = Pattern.compile(
            "(?:opportunities|openings|listings|vacancies|positions|results|menu|jobs|careers)$");
    /** Legal forms, also the dotted ones of central and southern Europe ("Alza.cz a.s.", "Edhouse s.r.o.", "sp. z o.o."). */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?<![\\p{L}.])(?:inc|llc|ltd|gmbh|plc|corp|pte|co|sa|ag|bv|pa"
            + "|a\\.\\s?s|s\\.\\s?r\\.\\s?o|spol\\.\\s?s\\s?r\\.\\s?o|sp\\.\\s?z\\s?o\\.\\s?o|s\\.\\s?a|s\\.\\s?l|s\\.\\s?p\\.\\s?a|s\\.\\s?r\\.\\s?l"
            + "|s\\.\\s?a\\.\\s?s|b\\.\\s?v|n\\.\\s?v|e\\.\\s?v|d\\.\\s?o\\.\\s?o|kft|zrt|nyrt|sarl|sas)(?![\\p{L}])\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOARD_TAIL = Pattern.compile(
            "\\s+(?:\\w+\\s+)?jobs?\\s*(?:@|at|on)\\s+[\\w.-]+\\.(?:com|net|org|co|io)(?:\\.\\w{2})?$",
            Pattern.CASE_INSENSITIVE);
    /** "van Cafe Classen", "of Acme": a name still carrying the preposition of the sentence it was cut from. */
    private static final Pattern PREPOSITION_LEAD = Pattern.compile(
            "^(?:van|von|de|der|des|du|di|da|bij|bei|at|by|of|for|chez|hos|för|para|por)\\s+\\p{Lu}");
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6,}");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[-|–—@]\\s+([^-|–—@]{2,40})\\s*$");

    private final JsonLdJobPostingReader jsonLd = new JsonLdJobPostingReader();

    public Fields read(Document doc, String address) {
        FieldVotes title = new FieldVotes();
        FieldVotes company = new FieldVotes();
        FieldVotes location = new FieldVotes();
        Optional<RawPosting> ld = jsonLd.read(doc, "web");
        ShownOnPage shown = new ShownOnPage(doc);
        ld.ifPresent(r -> {
            title.add(r.title(), shown.showsTitle(r.title()) ? 10 : 2);
            company.add(r.company(), 10);
            location.add(r.location(), shown.showsPlace(r.location()) ? 9 : 2);
        });
        MarkerVotes.read(doc, title, company, location);
        List<String> aboutNames = LabelVotes.read(doc, title, company, location);
        for (String line : new String[] {doc.title(), Html.meta(doc, "og:title"), Html.meta(doc, "description"),
                Html.meta(doc, "og:description"), Html.meta(doc, "twitter:title")}) {
            TitlePatterns.read(line, title, company, location);
        }
        for (String share : ShareLinks.texts(doc)) {
            ShareLinks.read(share, title, company, location);
        }
        String heading = headings(doc, title);
        TextVotes.read(doc, title, company, location);
        AddressBlocks.read(doc, company, location);
        List<String> defined = EmployerVotes.read(doc, address, title.best(v -> true).orElse(null), company);
        Set<String> sites = siteNames(doc, address);
        for (String site : sites) {
            company.add(site, 1);
        }
        ownSiteName(doc, address, sites).ifPresent(name -> company.add(name, 3));
        AtsAddress.companySlug(doc, address).ifPresent(slug -> {
            company.boost(v -> AtsAddress.agrees(v, slug), 4);
            company.add(AtsAddress.display(slug), 1);
        });
        aboutNames.forEach(company::foldIntoFuller); // "About Mistral" on a page of "Mistral AI"
        defined.forEach(company::foldIntoFuller);
        company.foldLegalForms();
        Optional<String> platform = HostNames.platform(address);
        List<String> ownNames = HostNames.ownNames(doc, address);
        HostNames.linesAgreeing(doc, ownNames).forEach(line -> company.add(line, 2));
        List<String> spelled = HostNames.fullest(company.values(), ownNames);
        company.boost(spelled::contains, 2);
        location.boost(PlaceCheck::namesRealPlace, 2);
        title.boost(TextVotes::namesRole, 1.5); // an occupation over a category or section name beside it
        title.foldIntoHeading(heading);
        String t = title.best(v -> acceptableTitle(v, sites)).orElse(FieldVotes.clean(doc.title()));
        Predicate<String> employer = v -> (acceptableCompany(v, t) || defined.contains(v) && acceptableCompany(v, t, false))
                && !HostNames.isPlatform(v, platform);
        String c = company.best(employer.and(v -> !isSite(v, sites) || company.score(v) >= 9))
                .or(() -> company.best(employer.and(v -> !BOARDS.contains(FieldVotes.key(v)))))
                .orElse(null);
        String l = location.best(v -> PlaceCheck.canBePlace(v) && !v.equalsIgnoreCase(c) && !v.equalsIgnoreCase(t)
                && !LabelVotes.isLocationLabel(v)
                && (PlaceCheck.namesPlace(v) || !LEGAL_FORM.matcher(v).find())).orElse(null);
        return new Fields(withoutCompany(TitleWrapping.core(t), c, l), c, l);
    }

    /**
     * Votes for the page's main heading (the first {@code h1}, else the first {@code h2}/{@code h3}) that a reader sees
     * (a heading only a screen reader reads, "Mobile Navigation", names no job); returns it.
     */
    private static String headings(Document doc, FieldVotes title) {
        Element h1 = firstShown(doc, "main h1, article h1, h1");
        if (h1 != null && isHomeLink(h1)) {
            h1 = null; // the site's name in a logo link, not the job's
        }
        if (h1 != null) {
            String text = TitleWrapping.core(h1.text());
            title.add(text, 4);
            return text;
        }
        Element h2 = firstShown(doc, "h2, h3");
        if (h2 == null) {
            return null;
        }
        // one of several headings of its level is a section's ("Summary", "Your tasks"), less likely the job's
        String text = TitleWrapping.core(h2.text());
        title.add(text, doc.select(h2.tagName()).size() >= 3 ? 1 : 2);
        return text;
    }

    private static Element firstShown(Document doc, String query) {
        for (Element e : doc.select(query)) {
            if (!TextVotes.hidden(e)) {
                return e;
            }
        }
        return null;
    }

    /** A heading whose whole text is one link to the site's start page or to nowhere ("#", "/", "index.html"). */
    private static boolean isHomeLink(Element heading) {
        Element a = heading.selectFirst("a[href]");
        return a != null && a.text().strip().equals(heading.text().strip())
                && a.attr("href").strip().matches("#|/|\\./?|(?:\\./)?index\\.html?|/?#?top");
    }

    /**
     * A company's own careers site names itself in og:site_name (a job board or ATS names the board): the name
     * counts as the employer unless it is a known board or the host's own name on a board address.
     */
    private static Optional<String> ownSiteName(Document doc, String address, Set<String> sites) {
        String name = FieldVotes.clean(Html.meta(doc, "og:site_name"));
        if (name == null || BOARDS.contains(FieldVotes.key(name)) || AtsAddress.slug(address).isPresent()) {
            return Optional.empty();
        }
        String host = host(address);
        boolean boardHost = host != null && BOARDS.stream().anyMatch(b -> host.contains(b.replace(" ", "")));
        return boardHost ? Optional.empty() : Optional.of(name);
    }

    /** Names of the site itself: og:site_name, application-name, the document title's tail and the host. */
    private static Set<String> siteNames(Document doc, String address) {
        Set<String> out = new HashSet<>();
        for (String v : new String[] {Html.meta(doc, "og:site_name"), Html.meta(doc, "application-name")}) {
            if (v != null && BOARDS.contains(FieldVotes.key(v))) {
                out.add(FieldVotes.key(v));
            }
        }
        var m = SITE_SUFFIX.matcher(doc.title());
        if (m.find() && !TextVotes.namesRole(m.group(1))) {
            out.add(FieldVotes.key(m.group(1))); // "Acme - Data Engineer" ends with the job, not a site name
        }
        String host = host(address == null ? Html.attr(doc, "base[href]", "href") : address);
        if (host != null) {
            String[] labels = host.split("\\.");
            out.add(labels.length >= 2 ? labels[labels.length - 2] : labels[0]);
        }
        out.remove("");
        return out;
    }

    private static boolean isSite(String value, Set<String> sites) {
        String k = FieldVotes.key(value);
        String squashed = k.replace(" ", "");
        return sites.contains(k) || sites.stream().anyMatch(s -> s.replace(" ", "").equals(squashed)
                || squashed.startsWith(s.replace(" ", "")) && squashed.length() <= s.length() + 5);
    }

    private static boolean acceptableTitle(String v, Set<String> sites) {
        String k = FieldVotes.key(v);
        return k.length() >= 2 && v.length() <= 150 && !NOT_TITLES.contains(k) && !isSite(v, sites)
                && (!LISTING_HEADING.matcher(k).find() || TextVotes.namesRole(v));
    }

    static boolean acceptableCompany(String v, String title) {
        return acceptableCompany(v, title, true);
    }

    /** {@code asName}: also written as a name (a name the page defines, "Centre hospitalier ... (CHUV)", need not be). */
    private static boolean acceptableCompany(String v, String title, boolean asName) {
        String k = FieldVotes.key(v);
        boolean placeLike = TextVotes.PLACE.matcher(v).matches() && !LEGAL_FORM.matcher(v).find();
        return v.length() <= 80 && !NOT_COMPANIES.contains(k) && !NAVIGATION.matcher(v).find() && (title == null || !k.equals(FieldVotes.key(title))
                && !k.startsWith(FieldVotes.key(title) + " ")) && !placeLike && !PREPOSITION_LEAD.matcher(v).find()
                && (!asName || looksLikeName(v));
    }

    /** A name, not a sentence: few words, no closing punctuation, mostly capitalised words. */
    static boolean looksLikeName(String v) {
        String[] words = v.split("\\s+");
        if (words.length > 8 || v.matches(".*[.!?]$") && !LEGAL_FORM.matcher(v).find() || LONG_NUMBER.matcher(v).find()
                || CJK.matcher(v).find() && words.length > 2) {
            return false; // a registration number line; CJK names have no spaces, so spaced runs are several fields
        }
        int capitalised = 0;
        words = LEGAL_FORM.matcher(v).replaceAll(" ").strip().split("\\s+"); // "Polpharma sp. z o.o." is one capitalised name
        for (String w : words) {
            if (!w.isEmpty() && !Character.isLowerCase(w.charAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 2 >= words.length;
    }

    /**
     * "COMPUTER TECHNICIAN: DUROPC", "Data Engineer at Acme", "Analyst - Acme", "Engineer Acme, Inc. Austin, TX"
     * lose the company (and a place after it); "Developer tech job @ board.net" loses the board.
     */
    static String withoutCompany(String title, String company, String location) {
        if (title == null) {
            return null;
        }
        title = BOARD_TAIL.matcher(title).replaceFirst("").strip();
        if (company == null) {
            return title;
        }
        if (location != null && title.endsWith(location)) {
            String head = title.substring(0, title.length() - location.length()).strip();
            if (head.endsWith(company) && head.length() > company.length() + 3) {
                return head.substring(0, head.length() - company.length()).replaceAll("[\\s,:|-]+$", "");
            }
        }
        String lower = title.toLowerCase(Locale.ROOT);
        String c = company.toLowerCase(Locale.ROOT);
        for (String sep : new String[] {": ", " at ", " - ", " | ", " – ", ", "}) {
            if (lower.endsWith(sep + c) && title.length() > sep.length() + company.length() + 2) {
                return title.substring(0, title.length() - sep.length() - company.length()).strip();
            }
        }
        return title;
    }

    private static String host(String url) {
        String host = SiteRecognizer.host(url);
        return host == null ? null : host.replaceFirst("^www\\.", "");
    }
}
