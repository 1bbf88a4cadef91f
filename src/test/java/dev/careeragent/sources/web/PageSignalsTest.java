package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.sources.Html;
import org.junit.jupiter.api.Test;

/** The general page signals behind {@link PageEvidence}: each on a small page built for it. */
class PageSignalsTest {

    private static PageEvidence.Fields read(String html) {
        return new PageEvidence().read(Html.parse(html, null, "job"), null);
    }

    @Test
    void aRatingBesideTheEmployerIsNotPartOfItsName() {
        assertThat(FieldVotes.clean("F45 Training 4.2 ★")).isEqualTo("F45 Training");
        assertThat(FieldVotes.clean("Acme Corp (1,204 reviews)")).isEqualTo("Acme Corp");
        assertThat(FieldVotes.clean("Chef at 5 Star Hotel")).isEqualTo("Chef at 5 Star Hotel");
    }

    @Test
    void employmentTypesTeamsAndSentencesAreNeverPlaces() {
        assertThat(PlaceCheck.canBePlace("Full-Time, Employee")).isFalse();
        assertThat(PlaceCheck.canBePlace("Engineering, Full stack")).isFalse();
        assertThat(PlaceCheck.canBePlace("Jobs in the United States and surrounding areas")).isFalse();
        assertThat(PlaceCheck.canBePlace("Blairsville, PA")).isTrue();
        assertThat(PlaceCheck.namesPlace("Blairsville, PA")).isTrue();
        assertThat(PlaceCheck.namesRealPlace("Australia Singapore New Zealand")).isTrue();
        assertThat(PlaceCheck.namesRealPlace("Remote")).isFalse();
    }

    @Test
    void anAtsAddressNamesTheEmployer() {
        assertThat(AtsAddress.slug("https://jobs.lever.co/acme-labs/0c1d2e3f-aaaa-bbbb-cccc-111122223333/apply")).hasValue("acme labs");
        assertThat(AtsAddress.slug("https://boards.greenhouse.io/embed/job_app?for=globex&token=1")).hasValue("globex");
        assertThat(AtsAddress.slug("https://initech.recruitee.com/o/engineer")).hasValue("initech");
        assertThat(AtsAddress.slug("https://wellfound.com/company/hooli/jobs/1-engineer")).hasValue("hooli");
        assertThat(AtsAddress.slug("https://www.example.com/jobs/1")).isEmpty();
        assertThat(AtsAddress.agrees("Acme Labs AI", "acme labs")).isTrue();
        assertThat(AtsAddress.agrees("Globex", "initech")).isFalse();
    }

    @Test
    void aSavedAtsFragmentTakesTheEmployerItsApplyLinkNames() {
        PageEvidence.Fields f = read("<div><h2>Platform Engineer</h2><div class=location>Berlin, Germany</div>"
                + "<a href='https://jobs.lever.co/umbrella/0c1d2e3f-aaaa-bbbb-cccc-111122223333/apply'>Apply</a>"
                + "<p>Umbrella builds vaccines. At Umbrella, we value care.</p></div>");
        assertThat(f.company()).isEqualTo("Umbrella");
        assertThat(f.location()).isEqualTo("Berlin, Germany");
    }

    @Test
    void aCompanysOwnCareersSiteNamesItselfButABoardDoesNot() {
        String page = "<html><head><title>Barista</title><meta property=og:site_name content='%s'></head>"
                + "<body><h1>Barista</h1><p>Make coffee for our guests every day of the week, with care.</p></body></html>";
        assertThat(read(page.formatted("Blue Bottle Coffee")).company()).isEqualTo("Blue Bottle Coffee");
        assertThat(read(page.formatted("Teamtailor")).company()).isNull();
    }

    @Test
    void aShareLinkSummarisesAPageWithoutAHead() {
        PageEvidence.Fields f = read("<body><div>Installs hardware and software for clients.</div>"
                + "<a href='http://twitter.com/home?status=Board%2BJobs%3A+Field+Technician%2C+Initech%2C+Austin%2C+TX+http://x.test/1'>Tweet</a>"
                + "</body>");
        assertThat(f.title()).isEqualTo("Field Technician");
        assertThat(f.company()).isEqualTo("Initech");
        assertThat(f.location()).isEqualTo("Austin, TX");
    }

    @Test
    void aNamedPlaceBeatsTheWorkModeAndTheTitleLosesEmployerAndPlace() {
        PageEvidence.Fields f = read("<div><h1 data-ui=job-title>Product Manager</h1><span>Remote</span>"
                + "<div data-ui=job-location>Australia</div></div>");
        assertThat(f.location()).isEqualTo("Australia");
        assertThat(PageEvidence.withoutCompany("Engineer Acme, Inc. Austin, TX", "Acme, Inc.", "Austin, TX"))
                .isEqualTo("Engineer");
        assertThat(PageEvidence.withoutCompany("Java Developer tech job @ board-site.net", null, null))
                .isEqualTo("Java Developer");
    }

    @Test
    void careerSiteTitlesNameTheEmployer() {
        FieldVotes title = new FieldVotes();
        FieldVotes company = new FieldVotes();
        FieldVotes location = new FieldVotes();
        TitlePatterns.read("Globex hiring Data Analyst in Lyon, France | LinkedIn", title, company, location);
        TitlePatterns.read("Careers at Initech", title, company, location);
        assertThat(company.best(v -> true)).isPresent();
        assertThat(company.score("Globex")).isPositive();
        assertThat(company.score("Initech")).isPositive();
        assertThat(title.best(v -> true)).hasValue("Data Analyst");
        assertThat(location.best(v -> true)).hasValue("Lyon, France");
    }

    @Test
    void jsonLdPostingsNestedInAPageOrNamingTheirEmployerByIdAreRead() {
        PageEvidence.Fields nested = read("""
                <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","mainEntity":
                {"@type":"JobPosting","title":"Night Nurse","hiringOrganization":{"@type":"Organization","name":"St Mary Clinic"},
                "jobLocation":{"@type":"Place","address":{"addressLocality":"Leeds","addressCountry":"GB"}}}}</script>
                <body><p>Care for patients at night.</p></body>""");
        assertThat(nested.title()).isEqualTo("Night Nurse");
        assertThat(nested.company()).isEqualTo("St Mary Clinic");
        assertThat(nested.location()).contains("Leeds");
        PageEvidence.Fields graph = read("""
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                {"@type":"Organization","@id":"https://globex.test/#org","name":"Globex"},
                {"@type":"JobPosting","title":"Line Cook","hiringOrganization":{"@id":"https://globex.test/#org"}}]}</script>
                <body><p>Cook for our guests.</p></body>""");
        assertThat(graph.company()).isEqualTo("Globex");
    }
}
