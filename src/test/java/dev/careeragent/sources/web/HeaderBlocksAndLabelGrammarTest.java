package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.catalog.JobPageParser;
import org.junit.jupiter.api.Test;

/**
 * Session-10 signals (set aside 7): a title wrapped in a section phrase ("Job Description for X", "X Duties Include",
 * "Vacancy: X"), label lines written "Label :- value", headings only a screen reader sees, the place before a team on
 * the line under the title (also below a long site menu), the employer line between the title and the place, a "Contact"
 * menu link, workplace nouns in place sentences, and a structured region the page's place line names more precisely.
 * Every page here is made up and differs from the real pages the rules were written from.
 */
class HeaderBlocksAndLabelGrammarTest {

    private static PageEvidence.Fields read(String html) {
        return new PageEvidence().read(Html.parse(html, null, "job"), null);
    }

    @Test
    void aTitleWrappedInASectionPhraseLosesThePhrase() {
        assertThat(read("<html><body><h2>Job Description for Warehouse Supervisor</h2><p>Our depot needs a supervisor for"
                + " the night shift.</p></body></html>").title()).isEqualTo("Warehouse Supervisor");
        assertThat(read("<html><body><h1>Join us</h1><div><h4>Line Cook Duties Include:</h4><ul><li>Prepare dishes</li>"
                + "<li>Keep the kitchen clean</li></ul></div></body></html>").title()).isEqualTo("Line Cook");
        assertThat(read("<html><body><h1>Vacancy: Payroll Officer</h1><p>Full time, permanent.</p></body></html>").title())
                .isEqualTo("Payroll Officer");
    }

    @Test
    void labelLinesWrittenWithAColonAndADash() {
        PageEvidence.Fields f = read("<html><body><h2>Openings</h2><h5><b>Employer :-</b> Acme Analytics</h5>"
                + "<h5><b>Job Location :- </b> Pune</h5><h5><b>Position Title :-</b> Data Analyst</h5></body></html>");
        assertThat(f.company()).isEqualTo("Acme Analytics");
        assertThat(f.location()).isEqualTo("Pune");
        assertThat(f.title()).isEqualTo("Data Analyst");
    }

    @Test
    void aHeadingOnlyAScreenReaderSeesIsNotTheTitle() {
        assertThat(read("<html><body><nav><h1 class=\"visually-hidden\">Main menu</h1><a href=\"/\">Home</a></nav>"
                + "<main><h1>Claims Adjuster</h1><p>Handle property claims.</p></main></body></html>").title())
                .isEqualTo("Claims Adjuster");
    }

    @Test
    void thePlaceBeforeATeamOnTheLineUnderTheTitle() {
        assertThat(read("<html><body><h1>Account Executive</h1><p><span>Toronto, Ontario, Canada — Enterprise Sales</span>"
                + "</p><p>Sell our platform to large firms.</p></body></html>").location()).startsWith("Toronto");
        assertThat(read("<html><body><h1>Backend Developer</h1><div>Platform Team | Lyon, France</div>"
                + "<p>Build our services.</p></body></html>").location()).startsWith("Lyon");
    }

    @Test
    void theEmployerLineBetweenTheTitleAndThePlace() {
        PageEvidence.Fields f = read("<html><body><ul class=\"menu\"><li><a href=\"/\">Start</a></li><li><a href=\"/a\">"
                + "About</a></li><li><a href=\"https://example.org\">Partners</a></li></ul><h1>Field Technician</h1>"
                + "<div><b>Northwind Survey Group</b></div><div>Calgary, AB</div>"
                + "<p>Survey pipelines across the province.</p></body></html>");
        assertThat(f.company()).isEqualTo("Northwind Survey Group");
    }

    @Test
    void aSentenceOrATableLabelUnderTheTitleIsNoEmployer() {
        assertThat(read("<html><body><h1>Pflegefachfrau HF</h1><p>Zur Verstärkung unseres Teams suchen wir</p>"
                + "<p>Bern, BE</p></body></html>").company()).isNotEqualTo("Zur Verstärkung unseres Teams suchen wir");
        assertThat(read("<html><body><div class=\"h\">Store Planner</div><table><tr><td>Req Number</td><td>88123</td></tr>"
                + "<tr><td>Location</td><td>Denver, Colorado</td></tr></table></body></html>").company()).isNotEqualTo("Req Number");
    }

    @Test
    void aContactLinkOfTheMenuHeadsNoContactBlock() {
        assertThat(read("<html><body><ul><li><a href=\"/\">Home</a></li><li><a href=\"/contact\">Contact</a></li>"
                + "<li><a href=\"https://social.example\">Mastodon</a></li></ul><h1>Lab Assistant</h1><div><strong>Riverbend"
                + " Hospital</strong></div><div>Galway, Ireland</div><p>Run the sample intake desk.</p></body></html>").company())
                .isEqualTo("Riverbend Hospital");
    }

    @Test
    void workplaceNounsInAPlaceSentence() {
        assertThat(read("<html><body><h1>Forklift Operator</h1><p>We have just opened our new warehouse in Leeds, West"
                + " Yorkshire and are growing fast with more staff every month.</p></body></html>").location())
                .startsWith("Leeds");
    }

    @Test
    void theTitleLineIsFoundBelowALongSiteMenu() {
        StringBuilder menu = new StringBuilder("<ul>");
        for (String item : "Products Pricing Docs Blog Research Safety Company About Press Events Partners Investors Legal Status Support Community Store Login".split(" ")) {
            menu.append("<li><a href=\"/").append(item).append("\">").append(item).append("</a></li>");
        }
        menu.append("</ul>");
        assertThat(read("<html><body>" + menu + "<h1>Staff Accountant</h1><p><span>Denver, Colorado, United States — Finance"
                + "</span></p><p>Close the books every month.</p></body></html>").location()).startsWith("Denver");
    }

    @Test
    void aStructuredRegionGivesWayToThePlaceLineThatNamesATownInIt() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                + "\"JobPosting\",\"title\":\"Bookkeeper\",\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":"
                + "\"Larkspur Books\"},\"jobLocation\":{\"@type\":\"Place\",\"address\":{\"@type\":\"PostalAddress\","
                + "\"addressLocality\":\"Greater London\",\"addressCountry\":\"GB\"}}}</script></head><body><h1>Bookkeeper</h1>"
                + "<div class=\"job-location\">Camden, Greater London</div><p>" + "Keep the ledgers of a small publisher. ".repeat(8)
                + "</p></body></html>";
        JobPosting p = new JobPageParser(SourceTesting.normalizer()).parse(html, null);
        assertThat(p.location()).isEqualTo("Camden, Greater London");
        assertThat(p.company()).isEqualTo("Larkspur Books");
    }
}
