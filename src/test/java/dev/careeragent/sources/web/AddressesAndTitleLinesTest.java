package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.sources.Html;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.catalog.JobPageParser;
import org.junit.jupiter.api.Test;

/**
 * Session-7 signals (set aside 4): places are proper names, postal address blocks, labels with their value on the same
 * line, hidden text and picture words, document titles "Company AG: Title" and "Title • Company", the one name among
 * header terms, place sentences and "other jobs" headings in other languages, closed postings in other languages.
 */
class AddressesAndTitleLinesTest {

    private static PageEvidence.Fields read(String html) {
        return new PageEvidence().read(Html.parse(html, null, "job"), null);
    }

    @Test
    void aProfileListOrASentenceIsNotAPlaceButAProperNameListIs() {
        assertThat(TextVotes.isPlaceLine("Flexibilité, résistance au stress")).isFalse();
        assertThat(TextVotes.isPlaceLine("Leading the staff, including scheduling, recruiting")).isFalse();
        assertThat(TextVotes.isPlaceLine("Du bist bereit, regelmässig Pikett-Dienst zu übernehmen.")).isFalse();
        assertThat(TextVotes.isPlaceLine("Affoltern am Albis, ZH")).isTrue();
        assertThat(TextVotes.isPlaceLine("Remote, Germany")).isTrue();
        String html = "<html><body><h1>Infirmier/ère 100%</h1><ul><li>Sens des responsabilités, autonomie, rigueur</li>"
                + "<li>Flexibilité, résistance au stress</li></ul></body></html>";
        assertThat(read(html).location()).isNull();
    }

    @Test
    void aPostalAddressBlockGivesTheTownAndItsAddressee() {
        String html = "<html><body><h1>Infirmier/ère 100%</h1><p>Vos activités sont nombreuses et variées.</p>"
                + "<p>Clinique Bernoise Montana<br>Ressources Humaines<br>3963 Crans-Montana<br>rh@example.org</p></body></html>";
        PageEvidence.Fields f = read(html);
        assertThat(f.company()).isEqualTo("Clinique Bernoise Montana");
        assertThat(f.location()).isEqualTo("Crans-Montana");
        assertThat(AddressBlocks.towns("BE · 3400 · Burgdorf · Farbweg 11")).containsExactly("Burgdorf");
        assertThat(AddressBlocks.towns("Flin 5, 7606 Promontogno, e Strada Cantonale 370, 7516 Maloja, Svizzera"))
                .containsExactly("Promontogno", "Maloja");
        assertThat(AddressBlocks.towns("Heute bedienen wir rund 1000 Standorte")).isEmpty();
    }

    @Test
    void aLabelWithItsValueOnTheSameLineIsRead() {
        String html = "<html><body><h1>Medico di medicina interna</h1><ul><li><strong>Azienda:</strong> Centro Sanitario"
                + " Bregaglia</li><li><strong>Tipo di contratto:</strong> a tempo indeterminato</li><li><strong>Sede di"
                + " lavoro:</strong> Flin 5, 7606 Promontogno, Svizzera</li></ul></body></html>";
        PageEvidence.Fields f = read(html);
        assertThat(f.company()).isEqualTo("Centro Sanitario Bregaglia");
        assertThat(f.location()).isEqualTo("Promontogno");
        String kudelski = "<html><body><h2>Security Operations Engineer</h2><p><span><strong>Location:</strong> Zurich,"
                + " Switzerland (Hybrid, onsite with client)</span></p><p><span><strong>Language Requirements:</strong>"
                + " German and English</span></p></body></html>";
        assertThat(read(kudelski).location()).startsWith("Zurich, Switzerland");
    }

    @Test
    void hiddenTextAndPictureWordsAreNotTheEmployer() {
        String html = "<html><body><div><div class='visually-hidden'>Bild</div><img alt='Logo' src='l.png'></div>"
                + "<h1>Oberarzt Psychiatrie</h1><p>Wir behandeln Menschen mit Burnout.</p></body></html>";
        assertThat(read(html).company()).isNull();
        String logo = "<html><body><img alt='Logo Kudelski Security' src='l.png'><h2>Security Operations Engineer</h2>"
                + "<p>You protect our clients.</p></body></html>";
        assertThat(read(logo).company()).isEqualTo("Kudelski Security");
        String icon = "<html><body><a href='/'><span aria-hidden='true'>chevron_left</span></a><h1>Doctoral student</h1>"
                + "<p>Curious? So are we.</p></body></html>";
        assertThat(read(icon).company()).isNull();
    }

    @Test
    void aMicrodataMetaValueAndAPlaceBoxNamingTheEmployerFirst() {
        String html = "<html><body><div itemscope itemtype='https://schema.org/JobPosting'><h1 itemprop='title'>Oberarzt</h1>"
                + "<meta itemprop='jobLocation' content='Brunnen'><meta itemprop='hiringOrganization' content='AMEOS'></div>"
                + "</body></html>";
        assertThat(read(html).location()).isEqualTo("Brunnen");
        String dualoo = "<html><body><h1 class='jobName'>Logopäde/in 60-100%</h1><span class='cityName'>cereneo Schweiz AG - "
                + "Weggis</span><div class='opacity-50'>Mitarbeitende</div></body></html>";
        PageEvidence.Fields f = read(dualoo);
        assertThat(f.company()).isEqualTo("cereneo Schweiz AG");
        assertThat(f.location()).isEqualTo("Weggis");
    }

    @Test
    void anAboutHeadingSupportsTheFullerNameAndCopyrightBoilerplateIsCut() {
        String html = "<html><body><h1>M&amp;A Tech Engineer</h1><img alt='Mistral AI logo' src='l.png'>"
                + "<h3>About Mistral</h3><p>We build open models.</p></body></html>";
        assertThat(read(html).company()).isEqualTo("Mistral AI");
        String rights = "<html><body><h1>Data Scientist</h1><p>Build models.</p><footer>© 2025 Northwind Inc. All rights"
                + " reserved.</footer></body></html>";
        assertThat(read(rights).company()).isEqualTo("Northwind Inc.");
    }

    @Test
    void aDocumentTitleNamesTheJobWhenThePageHasOnlySectionHeadings() {
        String sections = "<h2>Das kannst du bewirken</h2><ul><li>Anlagen warten</li></ul><h2>Das bringst du mit</h2>"
                + "<ul><li>Lehre</li></ul><h2>Das bieten wir dir</h2><p>Parkplätze</p>";
        PageEvidence.Fields emmi = read("<html><head><title>Emmi Schweiz AG: Betriebsmechaniker:in (Tagesbetrieb)</title>"
                + "</head><body>" + sections + "</body></html>");
        assertThat(emmi.title()).isEqualTo("Betriebsmechaniker:in (Tagesbetrieb)");
        assertThat(emmi.company()).isEqualTo("Emmi Schweiz AG");
        PageEvidence.Fields valora = read("<html><head><title>Agenturpartner Kanton Graubünden • Valora Retail</title>"
                + "</head><body>" + sections + "</body></html>");
        assertThat(valora.title()).isEqualTo("Agenturpartner Kanton Graubünden");
        assertThat(valora.company()).isEqualTo("Valora Retail");
        assertThat(valora.location()).isEqualTo("Graubünden");
    }

    @Test
    void theOneNameAmongHeaderTermsAndPlaceSentencesInOtherLanguages() {
        assertThat(TextVotes.onlyNameAmongTerms("100%, Zurich, fixed-term")).contains("Zurich");
        assertThat(TextVotes.onlyNameAmongTerms("Full-time, Engineering")).isEmpty();
        String eth = "<html><body><h1>Doctoral student position in nutrition</h1><h4>100%, Zurich, fixed-term</h4>"
                + "<p>You will run clinical trials.</p></body></html>";
        assertThat(read(eth).location()).isEqualTo("Zurich");
        assertThat(read("<html><body><h1>Oberärztin Psychiatrie</h1><ul><li>Ein einzigartiger Arbeitsort im Engadin</li>"
                + "</ul></body></html>").location()).isEqualTo("Engadin");
        assertThat(read("<html><body><h1>Betriebsmechaniker</h1><p>Blicke hinter die Kulissen unseres"
                + " Produktionsstandorts in Langnau im Emmental.</p></body></html>").location()).isEqualTo("Langnau");
    }

    @Test
    void aFooterThatIsOnlyANameAndHeadingsOfOtherJobsInGerman() {
        String html = "<html><body><h1>Pflegefachperson HF</h1><p>Wir behandeln Abhängigkeitserkrankungen.</p>"
                + "<footer>Stiftung entero</footer></body></html>";
        assertThat(read(html).company()).isEqualTo("Stiftung entero");
        assertThat(read(html.replace("Stiftung entero", "Powered by Personio")).company()).isNull();
        assertThat(OtherJobsHeading.is(Html.parse("<h2>Weitere Stellenangebote</h2>", null, "job").selectFirst("h2")))
                .isTrue();
        assertThat(OtherJobsHeading.is(Html.parse("<h2>Offres similaires</h2>", null, "job").selectFirst("h2"))).isTrue();
    }

    @Test
    void aPlaceLabelWordIsNeverThePlace() {
        String html = "<html><body><h1>Doctoral student</h1><div class='location'>Standort</div><div>"
                + "<iframe title='map'></iframe></div></body></html>";
        assertThat(read(html).location()).isNull();
    }

    @Test
    void closedPostingsInOtherLanguagesAreRecognised() {
        JobPageParser parser = new JobPageParser(SourceTesting.normalizer());
        String page = "<html><body><h1>Verkäufer*in</h1><p>%s</p><p>Frischprodukte, Regale, Kasse.</p></body></html>";
        assertThat(parser.read(page.formatted("Diese Stelle ist leider nicht mehr verfügbar."), null).closed()).isTrue();
        assertThat(parser.read(page.formatted("Questa offerta non è più disponibile."), null).closed()).isTrue();
        assertThat(parser.read(page.formatted("Deze vacature is niet meer beschikbaar."), null).closed()).isTrue();
        assertThat(parser.read(page.formatted("Wir freuen uns auf deine Bewerbung."), null).closed()).isFalse();
    }
}
