package dev.careeragent.sources.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Postal addresses on a page: the town of a postcode line ("3963 Crans-Montana", "DK 2670 Greve", "BE · 3400 ·
 * Burgdorf · Farbweg 11") is a place, and the first line of the address block it ends (the addressee: "Clinique
 * Bernoise Montana", "Denner AG") names the organisation, more surely when it has a legal form or an organisation word.
 */
final class AddressBlocks {

    private static final String TOWN = "\\p{Lu}[\\p{L}'’.-]*(?:[ -](?:\\p{Lu}[\\p{L}'’.-]*|am|an|im|in|de|di|la|le|les|sur|bei|ob)){0,3}";
    /** A postcode of four or five digits (with an optional country prefix; Dutch ones end in two capitals, "6811 DV")
     * and the town after it. */
    private static final Pattern POSTAL = Pattern.compile("(?:^|[,;·|]\\s*|\\s[·|]\\s)(?:[A-Z]{1,3}-?\\s?)?(?:\\d{4}\\s?[A-Z]{2}\\s|\\d{4,5})\\s*"
            + "(?:[·|]\\s*)?(?<town>" + TOWN + ")\\s*(?=$|[,;·|(]|\\s[·|]\\s)");
    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(?:ag|gmbh|sa|sàrl|sarl|inc|llc|ltd|plc|a/s|ab|bv|nv|"
            + "spa|srl|verein|stiftung|foundation|fondation|fondazione|klinik|clinique|clinica|clinic|hospital|spital|"
            + "hôpital|ospedale|university|universität|université|università|school|schule|college|institut|institute|"
            + "centre|center|centro|zentrum|association|group|gruppe|company|akademie|academy|académie|accademia|academia|"
            + "kanton|canton|cantone|gemeinde|comune|verwaltung|administration|amministrazione|hochschule|ministerium|"
            + "ministry|ministère|ministero)\\b");
    /** A link to a map service: its text is the address it shows ("Beekstraat 25, 6811 DV Arnhem"). */
    private static final Pattern MAP_LINK = Pattern.compile("(?i)//(?:maps\\.app\\.goo\\.gl|goo\\.gl/maps|(?:www\\.)?google\\.[a-z.]+/maps"
            + "|maps\\.google\\.|(?:www\\.)?openstreetmap\\.org|(?:www\\.)?bing\\.com/maps|maps\\.apple\\.com)");
    private static final int MAX_LINE = 80;
    /** A street and house number ("Elsässerstrasse 174", "U Pergamenky 1522/2"): the address, not the addressee. */
    private static final Pattern STREET = Pattern.compile("^(?:\\p{L}[\\p{L}'’.-]*\\s){0,3}\\p{L}[\\p{L}'’.-]*\\s\\d{1,4}[a-zA-Z]?(?:/\\d{1,4})?$");
    /** An address has a few lines, each a small element: larger containers are not read line by line. */
    private static final int MAX_CHILDREN = 8;

    private AddressBlocks() {
    }

    /** The towns of the postcode lines in one text ("Flin 5, 7606 Promontogno, e Strada 370, 7516 Maloja"). */
    static List<String> towns(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = POSTAL.matcher(text == null ? "" : text.strip());
        while (m.find()) {
            String town = m.group("town").strip();
            if (PlaceCheck.canBePlace(town) && !ORGANISATION.matcher(town).find() && !town.equals(town.toUpperCase())) {
                out.add(town);
            }
        }
        return out;
    }

    static void read(Document doc, FieldVotes company, FieldVotes location) {
        if (doc.body() == null) {
            return;
        }
        Set<String> voted = new HashSet<>();
        for (Element block : doc.body().getAllElements()) {
            boolean mapLink = block.is("a") && MAP_LINK.matcher(block.attr("href")).find();
            if (!mapLink && block.is("script, style, nav, a, button, select, option")) {
                continue;
            }
            List<String> lines = mapLink ? List.of(block.text().strip()) : lines(block);
            for (int i = 0; i < lines.size(); i++) {
                List<String> towns = lines.get(i).contains("©") ? List.of() : towns(lines.get(i));
                if (towns.isEmpty()) {
                    continue;
                }
                if (voted.add("place " + FieldVotes.key(towns.get(0)))) {
                    location.add(towns.get(0), 3);
                }
                String addressee = STREET.matcher(lines.get(0)).matches() ? lineAbove(block) : lines.get(0);
                if ((i > 0 || addressee != lines.get(0)) && addressee != null && voted.add("name " + FieldVotes.key(addressee))
                        && towns(addressee).isEmpty()) {
                    company.add(addressee, ORGANISATION.matcher(addressee).find() ? 2.5 : 1.5);
                }
                break;
            }
        }
    }

    /** Whether a name is an organisation's: a legal form or a word such as clinic, university, centre or group. */
    static boolean namesOrganisation(String name) {
        return ORGANISATION.matcher(name).find();
    }

    /** An address that starts with its street has its addressee on the line above it (the previous element). */
    private static String lineAbove(Element block) {
        Element above = block.previousElementSibling();
        String text = above == null ? "" : above.text().strip();
        return text.isEmpty() || text.length() > 60 || STREET.matcher(text).matches() ? null : text;
    }

    /** The lines of an address-like block: its {@code <br>}-separated text, or the short texts of its children. */
    private static List<String> lines(Element block) {
        List<String> out = new ArrayList<>();
        if (block.selectFirst("> br") != null) {
            out.addAll(BlockText.brLines(block));
        } else if (block.children().size() >= 2 && block.children().size() <= MAX_CHILDREN && block.ownText().isBlank()
                && block.children().stream().allMatch(c -> c.childrenSize() <= 2)) {
            for (Element child : block.children()) {
                String text = child.text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                int last = out.size() - 1;
                if (last >= 0 && out.get(last).matches("\\d{4,5}")) {
                    out.set(last, out.get(last) + " " + text); // "8706" and "Meilen" in separate spans
                } else {
                    out.add(text);
                }
            }
        }
        return out.stream().anyMatch(l -> l.length() > MAX_LINE) ? List.of() : out;
    }
}
