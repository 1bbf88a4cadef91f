package dev.careeragent.sources.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the page's own addresses say about its employer. A careers platform hosts each employer on a sub-domain
 * ("decathlon.talentclue.com"): the sub-domain names the employer and the domain names the platform, which is never
 * the employer even where its name sits in the logo's alt text. The domain of an e-mail address the page gives
 * ("jobs@cafeclassen.nl") names the employer too, unless it is a webmail provider. A short visible line that spells
 * one of these names ("Café Classen", "Ayuda en Acción") is weak employer evidence.
 */
final class HostNames {

    /** First host labels that name a section of a company's own site or a language, not a tenant. */
    private static final Set<String> GENERIC_SUBDOMAINS = Set.of("www", "jobs", "job", "careers", "career", "apply",
            "boards", "board", "recruiting", "recruitment", "talent", "work", "join", "hr", "karriere", "stellen",
            "empleo", "empleos", "emploi", "carriere", "carreiras", "vacatures", "werkenbij", "mobile", "app", "static",
            "cdn", "assets", "img", "images");
    private static final Set<String> WEBMAIL = Set.of("gmail", "googlemail", "outlook", "hotmail", "live", "yahoo",
            "icloud", "aol", "gmx", "protonmail", "proton", "qq", "163", "126", "yandex", "example");
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov", "edu", "gob");
    private static final Pattern EMAIL_DOMAIN = Pattern.compile("[\\w.+-]+@((?:[\\w-]+\\.)+[a-z]{2,})", Pattern.CASE_INSENSITIVE);
    private static final int MIN_NAME = 5;
    private static final int MAX_LINE = 60;

    private HostNames() {
    }

    /** The platform's name ("talentclue") when the address is an employer's sub-domain on a hosting platform. */
    static Optional<String> platform(String address) {
        String[] labels = labels(address);
        int domain = domainIndex(labels);
        return domain > 0 && isTenant(labels[0]) ? Optional.of(labels[domain]) : Optional.empty();
    }

    /** The registrable name of a host: "reed" for www.reed.co.uk, "talentclue" for decathlon.talentclue.com. */
    static String registrable(String host) {
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        int i = domainIndex(labels);
        return i >= 0 ? labels[i] : host;
    }

    /** The registrable names of the e-mail addresses a page gives, in its text or its mailto links. */
    static Set<String> emailDomains(Document doc, String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = EMAIL_DOMAIN.matcher(text + " " + String.join(" ", doc.select("a[href^=mailto:]").eachAttr("href")));
        while (m.find()) {
            out.add(registrable(m.group(1)));
        }
        return out;
    }

    /** The names the page's addresses give its employer: a platform sub-domain and e-mail domains. */
    static List<String> ownNames(Document doc, String address) {
        Set<String> out = new LinkedHashSet<>();
        String[] labels = labels(address);
        if (domainIndex(labels) > 0 && isTenant(labels[0])) {
            out.add(labels[0]);
        }
        String platform = platform(address).orElse("");
        for (String d : emailDomains(doc, doc.body() == null ? "" : doc.body().text())) {
            if (!WEBMAIL.contains(d) && !d.equals(platform)) {
                out.add(d);
            }
        }
        return new ArrayList<>(out);
    }

    /** True when {@code value} is the hosting platform's name ("Talent Clue" on a talentclue.com sub-domain). */
    static boolean isPlatform(String value, Optional<String> platform) {
        return platform.isPresent() && squash(value).equals(squash(platform.get()));
    }

    /** True when a name and an address name spell the same words ("Ayuda en Acción" / "empleoayudaenaccion"). */
    static boolean agrees(String name, List<String> ownNames) {
        String n = squash(name);
        return n.length() >= MIN_NAME && ownNames.stream().map(HostNames::squash).anyMatch(s -> s.contains(n));
    }

    /**
     * Short visible lines that spell an address name, only the fullest spelling: "Barcelona Activa", not the town
     * "Barcelona" that "barcelonactiva" also starts with.
     */
    static List<String> linesAgreeing(Document doc, List<String> ownNames) {
        Set<String> lines = new LinkedHashSet<>();
        if (ownNames.isEmpty() || doc.body() == null) {
            return List.of();
        }
        for (Element e : doc.body().getAllElements()) {
            String own = e.ownText().replaceFirst("\\s*\\([^)]*\\)\\s*$", "").strip(); // "Acme (Consulting)"
            if (own.length() >= MIN_NAME && own.length() <= MAX_LINE) {
                lines.add(own);
            }
        }
        return fullest(lines, ownNames);
    }

    /** Of the values that agree with an address name, those spelling the most of it. */
    static List<String> fullest(Collection<String> values, List<String> ownNames) {
        int most = values.stream().filter(v -> agrees(v, ownNames)).mapToInt(v -> squash(v).length()).max().orElse(0);
        return values.stream().filter(v -> agrees(v, ownNames) && squash(v).length() == most).toList();
    }

    /** Lower case, accents and non-letters removed, doubled letters single ("Barcelona Activa" -> "barcelonactiva"). */
    static String squash(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "").replaceAll("(.)\\1+", "$1");
    }

    /** The index of the registrable name: "reed" in www.reed.co.uk, "talentclue" in decathlon.talentclue.com. */
    private static int domainIndex(String[] labels) {
        if (labels.length < 2) {
            return labels.length - 1;
        }
        boolean secondLevel = labels.length >= 3 && labels[labels.length - 1].length() == 2
                && SECOND_LEVEL.contains(labels[labels.length - 2]);
        return labels.length - (secondLevel ? 3 : 2);
    }

    private static boolean isTenant(String label) {
        return label.length() > 2 && !GENERIC_SUBDOMAINS.contains(label) && !label.matches("www\\d*|[a-z]{2}-[a-z]{2}");
    }

    private static String[] labels(String address) {
        String host = SiteRecognizer.host(address);
        return host == null ? new String[0] : host.split("\\.");
    }
}
