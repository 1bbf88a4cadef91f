package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.catalog.JobPageParser;
import org.junit.jupiter.api.Test;

/**
 * Session-9 signals (set aside 6): dotted legal forms of central and southern Europe are names, labels in the central
 * and eastern European languages, a label that opens the element holding its value, place sentences in Italian and
 * German, a label run before the place label, a name defined with its abbreviation, an organisation introduced in a sentence of any language, a name never runs from one block into the next, a founding sentence with its place, a street line is no addressee,
 * navigation links and page headings are no employers, and structured data the page does not show gives way.
 */
class LegalFormsAndShownFieldsTest {

    private static PageEvidence.Fields read(String html) {
        return new PageEvidence().read(Html.parse(html, null, "job"), null);
    }

    @Test
    void namesEndingInADottedLegalFormAreNames() {
        assertThat(PageEvidence.looksLikeName("Alza.cz a.s.")).isTrue();
        assertThat(PageEvidence.looksLikeName("Jobs Contact Personal, s.r.o.")).isTrue();
        assertThat(PageEvidence.looksLikeName("Polpharma sp. z o.o.")).isTrue();
        assertThat(PageEvidence.looksLikeName("Ferrero S.p.A.")).isTrue();
        assertThat(PageEvidence.looksLikeName("We are hiring now.")).isFalse();
    }

    @Test
    void labelsInCzechAndPolishAreRead() {
        PageEvidence.Fields czech = read("<html><body><h1>Frontend Developer</h1><div><span class=\"accessibility-hidden\">"
                + "Společnost</span><p>Edhouse s.r.o.</p></div><div><span>Lokalita</span><p>Zlín</p></div>"
                + "<p class=\"copy\">© Alma Career Oy and its subsidiaries. Alma Career Oy</p></body></html>");
        assertThat(czech.company()).isEqualTo("Edhouse s.r.o.");
        assertThat(czech.location()).isEqualTo("Zlín");
        PageEvidence.Fields polish = read("<html><body><h1>Specjalista ds. sprzedaży</h1><dl><dt>Pracodawca</dt>"
                + "<dd>Polpharma</dd><dt>Miejsce pracy</dt><dd>Gdańsk</dd></dl></body></html>");
        assertThat(polish.company()).isEqualTo("Polpharma");
        assertThat(polish.location()).isEqualTo("Gdańsk");
    }

    @Test
    void aLabelThatOpensTheElementHoldingItsValue() {
        PageEvidence.Fields cell = read("<html><body><div class=\"pc-rtg-h2\">Program Development Analyst</div><table><tr>"
                + "<td>Job ID <font>117530</font></td><td>Location <font><span><font>Wilkesboro,</font> North Carolina"
                + "</span></font></td></tr></table></body></html>");
        assertThat(cell.location()).isEqualTo("Wilkesboro, North Carolina");
        PageEvidence.Fields item = read("<html><body><h1>Sales Associate</h1><ul><li>Contract Type: <strong>Part-Time"
                + "</strong></li><li>Location: <strong>Zermatt</strong></li></ul></body></html>");
        assertThat(item.location()).isEqualTo("Zermatt");
    }

    @Test
    void placeSentencesInItalianAndGerman() {
        assertThat(read("<html><body><h1>Operaio d'esercizio</h1><p>Per la nostra sede di Stabio siamo alla ricerca di un"
                + " operatore di produzione.</p></body></html>").location()).isEqualTo("Stabio");
        assertThat(read("<html><body><h1>Gesamtplanungsleiter (w/m/d)</h1><p>In dieser Rolle führst du Projekte. Dein"
                + " Arbeitsort ist unser Hauptsitz «Connect» in Opfikon.</p></body></html>").location()).isEqualTo("Opfikon");
    }

    @Test
    void anotherLabelBeforeThePlaceLabelIsNoPartOfThePlace() {
        assertThat(read("<html><body><h1>Mitarbeiter/in im Sekretariat (m/w/d)</h1><p class=\"location-text\">Pensum: 50 - 60 %"
                + "<br><br>Arbeitsort: St. Gallen</p></body></html>").location()).isEqualTo("St. Gallen");
    }

    @Test
    void aNameDefinedWithItsAbbreviationIsTheEmployer() {
        PageEvidence.Fields f = read("<html><body><h1>Ventiliste</h1><p>La Direction des constructions du CHUV recherche un-e"
                + " ventiliste.</p><h2>Contexte</h2><p>Le Centre hospitalier universitaire vaudois (CHUV) est l'un des 5"
                + " hôpitaux universitaires suisses.</p><p>Devenir une collaboratrice du Centre hospitalier universitaire"
                + " vaudois, c'est l'assurance de bénéficier de prestations.</p></body></html>");
        assertThat(f.company()).isEqualTo("Centre hospitalier universitaire vaudois");
    }

    @Test
    void anOrganisationIntroducedInASentenceOfAnyLanguageIsEmployerEvidence() {
        PageEvidence.Fields f = read("<html><body><h1>Mitarbeiter/in im Sekretariat (m/w/d)</h1><p>Wir sind für das Gemeinwohl da.</p><p>Die Akademie St. Gallen ist"
                + " die Weiterbildungsabteilung des KBZ St. Gallen. Jährlich besuchen 1'400 Studierende unsere Lehrgänge.</p>"
                + "<p>Die Stelle ist eine Teilzeitstelle.</p></body></html>");
        assertThat(f.company()).isEqualTo("Akademie St. Gallen");
    }

    @Test
    void aNameNeverRunsFromOneBlockIntoTheNext() {
        PageEvidence.Fields f = read("<html><body><h1>Sales Associate</h1><p>Founded in Annecy in 1952 by two master tailors."
                + "</p><h2>Preferred Experience</h2><p><strong>Must-have</strong></p><ul><li><p>English is required.</p></li>"
                + "</ul></body></html>");
        assertThat(f.company()).isNull();
        assertThat(BlockText.of(Html.parse("<div><h2>Preferred Experience</h2><p>Must-have</p></div>", null, "job").body()))
                .isEqualTo("Preferred Experience\nMust-have");
    }

    @Test
    void aFoundingSentenceWithItsPlaceAndFoundersNamesTheEmployer() {
        assertThat(read("<html><body><h1>Sales Associate</h1><p>Founded in Annecy in 1952 by two master tailors, Fusalp has"
                + " spent over 70 years redefining skiwear.</p></body></html>").company()).isEqualTo("Fusalp");
    }

    @Test
    void aStreetLineIsNoAddresseeTheNameAboveItIs() {
        PageEvidence.Fields f = read("<html><body><h1>Senior SAP SD Consultant</h1><div><p>Vertragsart</p><p>Unbefristet</p>"
                + "</div><div><p>Bell Schweiz AG</p><p>Elsässerstrasse 174<br>4056 Basel</p><p><a href=\"#\">Route berechnen</a>"
                + "</p></div></body></html>");
        assertThat(f.company()).isEqualTo("Bell Schweiz AG");
        assertThat(f.location()).isEqualTo("Basel");
    }

    @Test
    void navigationLinksAndPageHeadingsAreNoEmployers() {
        PageEvidence.Fields f = read("<html><head><title>Job Posting Details</title></head><body><div class=\"pc-rtg-h1\">Job"
                + " Posting Details</div><span class=\"navButtons\"><a href=\"cart\">View Job Cart (0)</a></span><span"
                + " class=\"navButtons\"><a href=\"friend\">Recommend This Job to a Friend</a></span><span class=\"navButtons\">"
                + "<a href=\"account\">View My Account</a></span><div class=\"pc-rtg-h2\">Program Development Analyst</div>"
                + "<span class=\"navButtons\"><a href=\"account\">View My Account</a></span></body></html>");
        assertThat(f.company()).isNull();
        assertThat(PageEvidence.acceptableCompany("Back to results", null)).isFalse();
        assertThat(PageEvidence.acceptableCompany("Sign in", null)).isFalse();
        assertThat(PageEvidence.acceptableCompany("Back Market", null)).isTrue();
    }

    @Test
    void structuredDataThePageDoesNotShowGivesWayToWhatItShows() {
        String filler = " Du erstellst den Tagesabschluss und die definierten Night-Audit Procedures und verbuchst Rechnungen."
                .repeat(4);
        String html = "<html><head><title>Jobs@Giardino | Chef de Partie (m/w)</title><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Chef de Partie\","
                + "\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Giardino Group\"},\"jobLocation\":{\"@type\":"
                + "\"Place\",\"address\":{\"@type\":\"PostalAddress\",\"addressLocality\":\"Bern\",\"addressCountry\":\"CH\"}}}"
                + "</script></head><body><h1>Night Auditor (m/w)</h1><div><label>Arbeitsort:</label><span>Places d'armes,"
                + " 1436 Chamblon</span></div><p>" + filler + "</p></body></html>";
        JobPosting p = new JobPageParser(SourceTesting.normalizer()).parse(html, null);
        assertThat(p.title()).isEqualTo("Night Auditor (m/w)");
        assertThat(p.location()).contains("Chamblon");
        assertThat(p.company()).isEqualTo("Giardino Group");
    }
}
