package dev.careeragent.sources.web;

import dev.careeragent.sources.Html;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Employer evidence for pages that never label the employer: its logo or avatar, the copyright line, "posted by X",
 * "a division of X", a contact block, the page title's "... with X" and its other parts, legal names ("X, Inc.") and
 * sentence subjects ("X is a ...", "X provides ...") in the text. Then agreement: a candidate the page names again
 * and again, or whose name matches the site's or an e-mail address's domain, gains weight, so the employer wins over
 * one-off lines such as a menu entry above the title. A name seen only as a sentence subject ("Python is a ...")
 * gets no such weight: it may be a product or a skill.
 */
final class EmployerVotes {

    /** A capitalised name of up to six words ("KK Wind Solutions A/S", "Bank of America"). */
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\h+(?:&\\h+|of\\h+|de\\h+|and\\h+)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&'’./-]*){0,5}";
    private static final Pattern LOGO = Pattern.compile("^(?i:(?:company\\s+)?logo\\s+(?:(?:of|for)\\s+)?|avatar\\s+(?:of|for)\\s+)?"
            + "(?<c>.+?)(?:'s)?(?i:\\s+(?:company\\s+)?(?:logo|avatar)(?:\\s+image)?)?$");
    /** Alt text that names the picture, not its owner ("Logo", "Bild", "image"). */
    private static final Pattern PICTURE_WORD = Pattern.compile("(?i)(?:company\\s+)?(?:logo|avatar|image|img|icon|bild|photo|picture|foto)");
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\((?i:c)\\)|(?i:copyright))\\s*(?:©\\s*)?"
            + "(?:\\d{4}(?:\\s*[-–]\\s*\\d{2,4})?\\s*,?\\s*)?(?<c>" + NAME + "(?:,?\\s+(?i:inc|llc|ltd|plc|corp)\\.?)?)");
    private static final List<Pattern> PHRASES = List.of(
            Pattern.compile("\\b(?i:posted by|a division of|a subsidiary of|advertised by|recruiting for)\\s+(?<c>" + NAME + ")"),
            Pattern.compile("\\b(?i:opportunities|careers?|jobs?|work|working)\\s+(?i:with|at)\\s+(?<c>" + NAME + ")\\s*$"),
            Pattern.compile("\\b(?i:position|role|job|vacancy|opening)\\s+is\\s+(?i:open\\s+)?(?i:with|at)\\s+(?<c>" + NAME + ")"));
    /** The words of a logo's file name that are not the picture's ("Bajaj_Finance_Logo.png" -> "Bajaj Finance"). */
    private static final Pattern LOGO_FILE_WORD = Pattern.compile("(?i)logo|header|footer|main|site|white|black|dark|light"
            + "|small|large|mobile|default|colou?r|icon|new|nav|top|img|image|\\d+(?:x\\d+)?|[a-z]");
    /** An aggregator's link to the advertiser's own ad: "See the complete text at KK Wind Solutions A/S". */
    private static final Pattern FULL_AD_AT = Pattern.compile("\\b(?i:(?:see|read|view)\\s+the\\s+(?:complete|full|whole)\\s+"
            + "(?:text|ad|advert|job ad|posting|job description)\\s+(?:at|on))\\s+(?<c>" + NAME + ")\\s*$");
    private static final Pattern LEGAL_NAME = Pattern.compile("(?<c>" + NAME + ",?\\s+(?:Inc|LLC|L\\.L\\.C|Ltd|Limited|GmbH|plc"
            + "|Corp|Corporation|Company|Pte\\.?\\s+Ltd|AG|S\\.A|B\\.V|LLP|LP|ApS|AB|ASA|Oy|Oyj|N\\.V|KG|SE)\\b\\.?)");
    private static final Pattern SUBJECT = Pattern.compile("(?:^|\\n|[.!?]\\s+)(?<c>" + NAME + ")(?:,\\s+(?:a|an|the)\\s+[^,.]{3,60},)?"
            + "\\s+(?:is|are|was|has|provides|offers|partners|operates|seeks|builds|helps|delivers|develops|serves|"
            + "invites|employs|specializes|specialises|is looking|is seeking|is searching)\\b"
            // "English is required", "Python is a plus": a requirement, not an employer
            + "(?!\\h+(?:required|preferred|mandatory|essential|desirable|necessary|needed|helpful|beneficial|welcome|"
            + "a\\h+(?:plus|must|bonus)|an?\\h+(?:advantage|asset)|nice\\h+to\\h+have)\\b)");
    /** A name runs to the end of its sentence at most ("Northwind Traders. All rights reserved"), not past "Inc.". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:Inc|Co|Ltd|Corp|St|Jr|\\p{Lu}))\\.\\s+.*$");
    /** The copyright line's boilerplate after the name: "Vercel Inc. All rights reserved". */
    private static final Pattern RIGHTS_RESERVED = Pattern.compile("\\s+(?i:all(?:\\s+rights?\\b.*)?)$");
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[-|–—:]\\s+|\\s*\\|\\s*");
    private static final Set<String> NOT_NAMES = Set.of("the company", "company", "the", "this", "our", "we", "you",
            "it", "each", "every", "all", "any", "they", "he", "she", "there", "here", "in", "as", "if", "for");
    private static final int MAX_MENTIONS = 5;
    /**
     * An organisation introduced by a sentence in the page's language ("Die Akademie St. Gallen ist die ...", "La Clinique
     * X est un ...", "Il Centro Y è una ..."); an organisation word must show it is one, not a product or a skill.
     */
    private static final Pattern ORGANISATION_SUBJECT = Pattern.compile("(?:^|\\n|[.!?]\\s+)(?:(?:Die|Der|Das|Le|La|Les|L'|Il|Lo|El|Los"
            + "|Las|De|Het|The)\\s+)?(?<c>" + NAME + ")\\s+(?:ist|sind|est|sont|è|sono|es|son|is|are)\\s+(?:ein|eine|die|der|das"
            + "|un|une|le|la|l'|il|uno|una|el|de|het|een|a|an|the)\\b");
    /** A name defined with its abbreviation: "Le Centre hospitalier universitaire vaudois (CHUV) est ...". */
    private static final Pattern DEFINED = Pattern.compile("(?<words>(?:[\\p{L}'’-]+\\h+){1,7})\\((?<abbr>\\p{Lu}{2,6})\\)");
    private static final Set<String> LINK_WORDS = Set.of("de", "du", "des", "la", "le", "les", "of", "and", "the", "der",
            "die", "das", "für", "und", "del", "di", "della", "y", "et", "e", "van", "voor", "och", "og", "for");

    private EmployerVotes() {
    }

    /** Casts the employer evidence; returns the names the page defines with an abbreviation (names, however written). */
    static List<String> read(Document doc, String address, String title, FieldVotes company) {
        if (doc.body() == null) {
            return List.of();
        }
        for (Element img : doc.select("img[alt], img[title]")) {
            for (String attr : new String[] {img.attr("alt"), img.attr("title")}) {
                if (attr.matches("(?i).*\\b(?:logo|avatar)\\b.*")) {
                    Matcher m = LOGO.matcher(attr.strip());
                    add(company, m.matches() && !PICTURE_WORD.matcher(m.group("c")).matches() ? m.group("c") : null, 3, title);
                }
            }
        }
        for (Element img : doc.select("img[src]")) {
            String alt = img.attr("alt").strip();
            if (alt.isEmpty() || PICTURE_WORD.matcher(alt).matches()) {
                add(company, logoFileName(img.attr("src")), 2, title);
            }
        }
        String text = BlockText.of(doc.body());
        once(COPYRIGHT, text, company, 3, title);
        for (Pattern p : PHRASES) {
            once(p, text, company, 2, title);
        }
        for (Element link : doc.select("a, p, span, div, li")) {
            Matcher m = FULL_AD_AT.matcher(link.ownText().strip());
            if (m.find()) {
                add(company, m.group("c"), 3, title);
                break;
            }
        }
        contactBlock(doc, company, title);
        footerName(doc, company, title);
        titleParts(doc.title(), company, title);
        every(LEGAL_NAME, text, company, title);
        List<String> defined = definedNames(text, company, title);
        Matcher organisation = ORGANISATION_SUBJECT.matcher(text);
        while (organisation.find()) {
            if (AddressBlocks.namesOrganisation(organisation.group("c"))) {
                add(company, organisation.group("c"), 2, title);
                break;
            }
        }
        List<String> named = company.values();
        every(SUBJECT, text, company, title);
        for (String candidate : named) {
            int mentions = mentions(text, candidate);
            if (mentions >= 2) {
                company.boost(v -> v.equals(candidate), 0.75 * Math.min(mentions - 1, MAX_MENTIONS - 1));
            }
        }
        for (String domain : domains(doc, address, text)) {
            company.boost(v -> agrees(v, domain), 3);
        }
        return defined;
    }

    /** A footer that is only a name ("Stiftung entero"); "Powered by X" names the site's software, not the employer. */
    private static void footerName(Document doc, FieldVotes company, String title) {
        for (Element footer : doc.select("footer")) {
            String text = footer.text().strip();
            if (text.length() <= 50 && footer.select("a").size() <= 1 && !text.matches("(?i).*\\bpowered by\\b.*")
                    && !text.contains("©") && text.split("\\s+").length <= 6) {
                add(company, text, 1.5, title);
            }
        }
    }

    /**
     * "Contact Information:" followed by the advertiser's name on the next line; a "Contact" link of the site's menu
     * heads no such block.
     */
    private static void contactBlock(Document doc, FieldVotes company, String title) {
        List<Element> elements = TextVotes.lineElements(doc);
        for (int i = 0; i + 1 < elements.size(); i++) {
            Element label = elements.get(i);
            if (label.ownText().strip().matches("(?i)contact(?: information| details)?\\s*:?")
                    && label.closest("a, nav, button") == null) {
                add(company, elements.get(i + 1).ownText().strip(), 2, title);
            }
        }
    }

    /** The document title's parts other than the job title: "Find jobs with X", "Title - X - Place - Site". */
    private static void titleParts(String docTitle, FieldVotes company, String title) {
        for (String part : TITLE_PARTS.split(docTitle == null ? "" : docTitle.strip())) {
            if (title != null && FieldVotes.key(title).contains(FieldVotes.key(part))) {
                continue;
            }
            Matcher with = PHRASES.get(1).matcher(part);
            if (with.find()) {
                add(company, with.group("c"), 2, title);
            } else if (!TextVotes.namesRole(part) && !part.matches("(?i).*\\b(?:jobs?|careers?|search|results?|opportunit(?:y|ies))$")
                    && !TextVotes.PLACE.matcher(part).matches()) {
                add(company, part, 1, title);
            }
        }
    }

    /**
     * An organisation named in full and then by its abbreviation ("Centre hospitalier universitaire vaudois (CHUV)"):
     * the fewest words before the brackets whose initials spell the abbreviation, starting with a capital.
     */
    private static List<String> definedNames(String text, FieldVotes company, String title) {
        List<String> out = new ArrayList<>();
        Matcher m = DEFINED.matcher(text);
        while (m.find()) {
            String[] words = m.group("words").strip().split("\\s+");
            String abbr = m.group("abbr");
            for (int from = words.length - 1; from >= 0; from--) {
                String name = String.join(" ", Arrays.copyOfRange(words, from, words.length));
                if (Character.isUpperCase(words[from].charAt(0)) && initials(words, from).equals(abbr)
                        && AddressBlocks.namesOrganisation(name)) {
                    add(company, name, 2, title);
                    out.add(name);
                    break;
                }
            }
        }
        return out;
    }

    private static String initials(String[] words, int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < words.length; i++) {
            if (!LINK_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                out.append(Character.toUpperCase(words[i].charAt(0)));
            }
        }
        return out.toString();
    }

    private static void once(Pattern p, String text, FieldVotes company, double weight, String title) {
        Matcher m = p.matcher(text);
        if (m.find()) {
            add(company, m.group("c"), weight, title);
        }
    }

    /** One vote per distinct sentence naming the candidate, at most three. */
    private static void every(Pattern p, String text, FieldVotes company, String title) {
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            String c = m.group("c");
            if (seen.merge(FieldVotes.key(c), 1, Integer::sum) <= 3) {
                add(company, c, 1, title);
            }
        }
    }

    /** A logo's file name without the picture words, when the file is named a logo; else null. */
    static String logoFileName(String src) {
        String file = src.replaceFirst("[?#].*$", "").replaceFirst("^.*/", "").replaceFirst("\\.\\w{2,4}$", "");
        String[] words = file.split("[_\\-\\s.+]+|%20");
        if (Arrays.stream(words).noneMatch(w -> w.equalsIgnoreCase("logo"))) {
            return null;
        }
        String name = Arrays.stream(words).filter(w -> !LOGO_FILE_WORD.matcher(w).matches())
                .collect(Collectors.joining(" "));
        return name.chars().filter(Character::isLetter).count() >= 3 && Character.isUpperCase(name.charAt(0)) ? name : null;
    }

    private static void add(FieldVotes company, String value, double weight, String title) {
        String v = FieldVotes.clean(value == null ? null
                : RIGHTS_RESERVED.matcher(SENTENCE_END.matcher(value).replaceFirst("")).replaceFirst(""));
        if (v == null || v.length() < 2 || v.length() == 2 && !v.equals(v.toUpperCase(Locale.ROOT))
                || NOT_NAMES.contains(FieldVotes.key(v)) || TextVotes.namesRole(v)
                || title != null && FieldVotes.key(v).equals(FieldVotes.key(title))
                || NOT_NAMES.contains(FieldVotes.key(v).split(" ")[0]) && !v.matches(".*\\b(?:Inc|LLC|Ltd|Corporation)\\b.*")) {
            return;
        }
        company.add(v, weight);
    }

    /** How often the page text names the candidate as whole words. */
    static int mentions(String text, String candidate) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(candidate) + "(?![\\p{L}\\p{N}])").matcher(text);
        int n = 0;
        while (n < MAX_MENTIONS && m.find()) {
            n++;
        }
        return n;
    }

    /** The registrable names of the page's own address and of the e-mail addresses it gives ("devry", "saic"). */
    private static Set<String> domains(Document doc, String address, String text) {
        Set<String> out = new HashSet<>();
        for (String url : new String[] {address, Html.attr(doc, "base[href]", "href"), Html.attr(doc, "link[rel=canonical]", "href"),
                Html.meta(doc, "og:url")}) {
            hostOf(url).ifPresent(h -> out.add(HostNames.registrable(h)));
            HostNames.platform(url).ifPresent(out::remove); // "decathlon.talentclue.com": the platform's domain
        }
        out.addAll(HostNames.emailDomains(doc, text));
        out.removeIf(d -> d.length() < 3);
        return out;
    }

    private static Optional<String> hostOf(String url) {
        return Optional.ofNullable(SiteRecognizer.host(url));
    }

    /** "DeVry University" and devry, "SAIC" and saic, "Science Applications International Corporation" and saic. */
    static boolean agrees(String candidate, String domain) {
        String squashed = FieldVotes.key(candidate).replace(" ", "");
        StringBuilder initials = new StringBuilder();
        for (String w : FieldVotes.key(candidate).split(" ")) {
            if (!w.isEmpty()) {
                initials.append(w.charAt(0));
            }
        }
        return squashed.equals(domain) || squashed.startsWith(domain) && domain.length() >= 4
                || domain.startsWith(squashed) && squashed.length() >= 4 || initials.length() >= 3 && initials.toString().equals(domain);
    }
}
