package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.sources.Html;
import dev.careeragent.sources.PageJobs;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.catalog.JobPageParser;
import org.junit.jupiter.api.Test;

/**
 * Session-6 signals: field labels in other languages and in employer blocks, labels that are not labels (menu
 * entries, words in a sentence), "similar jobs" asides, occupations over categories, "Company - Title" titles,
 * place-of-work sentences and units of a larger organisation.
 */
class LabelsAndAsidesTest {

    private static PageEvidence.Fields read(String html) {
        return new PageEvidence().read(Html.parse(html, null, "job"), null);
    }

    private static String card(String title, String place) {
        return "<a href='/job/" + title.hashCode() + "' class='rj-link-item'><p class='job-name'>" + title + "</p>"
                + "<div class='location-info'><b>Location:</b><p>" + place + "</p></div></a>";
    }

    @Test
    void aLabelInAnotherLanguageNamesThePlace() {
        String html = "<html><body><p>Stilling</p><h1>Security Receptionist</h1><p><b>Placering</b></p>"
                + "<p>Bagsværd, Denmark</p><p><b>Standort</b></p></body></html>";
        assertThat(read(html).location()).isEqualTo("Bagsværd, Denmark");
        assertThat(read("<html><body><h1>Koch</h1><dl><dt>Arbeitgeber</dt><dd>Hotel Adler</dd><dt>Arbeitsort</dt>"
                + "<dd>München</dd></dl></body></html>")).extracting(PageEvidence.Fields::company, PageEvidence.Fields::location)
                .containsExactly("Hotel Adler", "München");
    }

    @Test
    void theSimilarJobsCardsBesideAPostingGiveNeitherItsTitleNorItsPlace() {
        String html = "<html><body><h1>Security Receptionist</h1><p><b>Location</b></p><p>Bagsværd, Denmark</p>"
                + "<p>You will welcome our guests.</p><h2>Similar positions</h2>" + card("Project Manager", "Tianjin, China")
                + card("Assistant to CVP", "Beijing, China") + card("Project Manager", "Hillerød, Denmark") + "</body></html>";
        PageEvidence.Fields f = read(html);
        assertThat(f.title()).isEqualTo("Security Receptionist");
        assertThat(f.location()).isEqualTo("Bagsværd, Denmark");
    }

    @Test
    void aPostingFollowedByASimilarJobsSectionIsOneJobNotAListing() {
        String html = "<html><body><h1>Lean Professional</h1><p>Lem, Denmark</p><p>Drive continuous improvement in our"
                + " blade factory together with the production teams.</p><h2>Similar jobs</h2>"
                + "<div class=job><h1><a href='/job/1'>Clinical Supplies Professional</a></h1><p>Work area: Måløv</p></div>"
                + "<div class=job><h1><a href='/job/2'>Environmental Monitoring Specialist</a></h1><p>Work area: Hillerød</p></div>"
                + "<div class=job><h1><a href='/job/3'>Quality Engineer</a></h1><p>Work area: Kalundborg</p></div>"
                + "</body></html>";
        PageJobs jobs = new JobPageParser(SourceTesting.normalizer()).read(html, null);
        assertThat(jobs.listing()).isFalse();
        assertThat(jobs.postings().get(0).title()).isEqualTo("Lean Professional");
    }

    @Test
    void anEmployerBlockGivesTheNameAndTheTownOfItsAddress() {
        String html = "<html><head><title>View job | Board</title></head><body><h1>Warehouse Team Lead</h1>"
                + "<h3>Position</h3><p>Transport / Warehouse and logistics operatives</p>"
                + "<h3>Employer</h3><p>Hobbii A/S<br>Kildebrøndevej 42<br>DK 2670 Greve<br>Denmark<br></p></body></html>";
        PageEvidence.Fields f = read(html);
        assertThat(f.company()).isEqualTo("Hobbii A/S");
        assertThat(f.location()).isEqualTo("Greve");
        assertThat(f.title()).isEqualTo("Warehouse Team Lead");
    }

    @Test
    void aMenuEntryOrAWordInASentenceIsNoLabel() {
        String html = "<html><body><ul><li><a href='/job'>Job</a></li><li><a href='/kunet'>KUnet</a></li></ul>"
                + "<h1>PhD Stipend in Smart Batteries</h1><p>You may obtain further information from <span>Title</span> "
                + "<span>name</span>, Department of <span>name</span>, concerning the scientific aspects.</p></body></html>";
        assertThat(read(html).title()).isEqualTo("PhD Stipend in Smart Batteries");
    }

    @Test
    void aDocumentTitleEndingInTheJobIsNotASiteName() {
        String html = "<html><head><title>LEO Pharma - Clinical disclosure specialist</title></head><body>"
                + "<img alt='LEO Pharma'><h1>Clinical disclosure specialist</h1><p>LEO Pharma is a leading dermatology"
                + " company.</p></body></html>";
        assertThat(read(html).title()).isEqualTo("Clinical disclosure specialist");
    }

    @Test
    void aPlaceOfWorkSentenceAndAUnitOfAUniversityNameThePlaceAndTheEmployer() {
        String html = "<html><head><title>Two postdoctoral positions in ecosystem modelling at Center for Permafrost, "
                + "University of Copenhagen (Denmark)</title></head><body><h1>Two postdoctoral positions in ecosystem "
                + "modelling at Center for Permafrost, University of Copenhagen (Denmark)</h1><p>The University of "
                + "Copenhagen invites applications.</p><p>The place of work will be in Copenhagen. The position is for 24"
                + " months.</p><p>Apply at the University of Copenhagen.</p></body></html>";
        PageEvidence.Fields f = read(html);
        assertThat(f.title()).isEqualTo("Two postdoctoral positions in ecosystem modelling");
        assertThat(f.company()).isEqualTo("University of Copenhagen");
        assertThat(f.location()).isEqualTo("Copenhagen");
    }

    @Test
    void anAggregatorsLinkToTheFullAdNamesTheAdvertiser() {
        String html = "<html><head><title>View job | Board</title></head><body><h1>Learning sales – Student Position</h1>"
                + "<div>Sell spare parts for wind turbines.</div><a href='https://ats.example/1'>See the complete text at "
                + "KK Wind Solutions A/S</a><ul><li>Work area: Ikast</li></ul></body></html>";
        PageEvidence.Fields f = read(html);
        assertThat(f.company()).isEqualTo("KK Wind Solutions A/S");
        assertThat(f.location()).isEqualTo("Ikast");
    }
}
