package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.SourceTesting;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The general card rules of the set-aside-3 round, each on a small page of its own. */
class CardStructureTest {

    private static List<JobPosting> cards(String body, String title) {
        String html = "<html><head><title>" + title + "</title></head><body>" + body + "</body></html>";
        return new JobCards(SourceTesting.normalizer()).read(Html.parse(html, null, "job"), "https://jobs.example/");
    }

    @Test
    void rowsWithAlternatingClassesCountTogetherAndTheHeaderRowsSortLinkIsNoCard() {
        StringBuilder rows = new StringBuilder("<tr class=head><td><a href='index.cfm?sort=title&order=asc'>Job Title</a></td>"
                + "<td><a href='index.cfm?sort=date&order=asc'>Date Posted</a></td></tr>");
        String[] titles = {"Training Manager", "Customer Service Coordinator", "Warehouse Manager", "Accounting Clerk",
            "Relocation Associate", "Commercial Dispatcher"};
        for (int i = 0; i < titles.length; i++) {
            rows.append("<tr class=").append(i % 2 == 0 ? "lowlight" : "highlight").append("><td><a href='index.cfm?job=")
                    .append(i).append("&co=1'>").append(titles[i]).append("</a></td><td>Aurora, CO, US</td><td>11/30/2011</td></tr>");
        }
        List<JobPosting> found = cards("<table><tbody>" + rows + "</tbody></table>", "Search Results");
        assertThat(found).extracting(JobPosting::title).containsExactly(titles);
    }

    @Test
    void screenReaderTextAndATitleLabelAreNotPartOfTheTitle() {
        String items = "";
        for (String t : new String[] {"Postdoc in Geophysics", "Senior Lecturer in Mechanics", "PhD Student in Robotics"}) {
            items += "<li><a href='/job/" + t.length() + "'><span class=env-assistive-text>Job: </span>" + t
                    + "<span class=visually-hidden>" + t + " with verification</span></a><p>Last day to apply: 2026-01-11</p></li>";
        }
        assertThat(cards("<ul>" + items + "</ul>", "Open positions")).extracting(JobPosting::title)
                .containsExactly("Postdoc in Geophysics", "Senior Lecturer in Mechanics", "PhD Student in Robotics");
    }

    @Test
    void aShortListIsAListingWhenThePageCallsItselfOneEvenAmongMuchOtherText() {
        String items = "";
        for (int i = 0; i < 4; i++) {
            items += "<li><a href='/job/" + i + "'><h3>Doctoral student in field " + i + "</h3></a><span>Published: 1"
                    + i + " November 2025</span></li>";
        }
        String prose = "<p>" + "How to apply and what the university offers its staff. ".repeat(60) + "</p>";
        assertThat(cards("<ul>" + items + "</ul>" + prose, "Current vacancies | A University")).hasSize(4);
        assertThat(cards("<ul>" + items + "</ul>" + prose, "Doctoral student in field 9 | A University")).isEmpty();
    }

    @Test
    void aShortListIsASearchPageWhenOneOfItsCardsIsTheJobOpenBesideIt() {
        String items = "";
        for (String t : new String[] {"Product Manager", "Product Operations Lead", "AI Product Manager"}) {
            items += "<li><a href='/jobs/view/" + t.length() + "/'>" + t + "</a><div>New York, NY</div><div>$150K/yr</div></li>";
        }
        String pane = "<div><h2>Product Operations Lead</h2><p>" + "About the role and the team we are building. ".repeat(60) + "</p></div>";
        assertThat(cards("<ul>" + items + "</ul>" + pane, "product manager | Board")).hasSize(3);
    }

    @Test
    void aLinkTargetIsItsHostFolderAndQueryNames() {
        assertThat(CardGroups.target("/jobs/13545/job")).isEqualTo(CardGroups.target("/jobs/13538/job"));
        assertThat(CardGroups.target("/jobs/search?pr=2")).isNotEqualTo(CardGroups.target("/jobs/13545/job"));
        assertThat(CardGroups.target("javascript:void(0)")).isEmpty();
    }

    @Test
    void aCardsEmployerPlacePayAndPostingDateComeFromWhatTheCardShows() {
        String items = "";
        String[][] jobs = {{"Acme (YC W19) is hiring a Product Manager", "Acme"}, {"Globex is hiring engineers", "Globex"},
            {"Initech Is Hiring", "Initech"}};
        for (String[] j : jobs) {
            items += "<section class=result><h2><a href='/jb/" + j[1] + "'><span class=name>" + j[0] + "</span>"
                    + "<span class=result_new>New</span></a></h2><ul><li><span class=show-for-sr>Study location</span>"
                    + "<span>Eskilstuna</span></li></ul><p>$130K/yr - $160K/yr</p><p>3 hours ago</p></section>";
        }
        List<JobPosting> found = cards("<main>" + items + "</main>", "Job search results");
        assertThat(found).extracting(JobPosting::title).containsExactly(jobs[0][0], jobs[1][0], jobs[2][0]);
        assertThat(found).extracting(JobPosting::company).containsExactly("Acme", "Globex", "Initech");
        assertThat(found).allSatisfy(c -> {
            assertThat(c.location()).isEqualTo("Eskilstuna");
            assertThat(c.salaryText()).isEqualTo("$130K/yr - $160K/yr");
            assertThat(c.postedDate()).isNotNull();
        });
    }

    @Test
    void aPlaceColumnWithAWorkModeIsThePlaceAndTheTitleIsNeverThePlace() {
        String rows = "";
        for (String t : new String[] {"Manager, Vendor Management", "Manager, Client Accounting", "Warehouse Manager"}) {
            rows += "<tr><td><a href='job.cfm?id=" + t.length() + "'>" + t + "</a></td><td>New York, NY (Remote)</td>"
                    + "<td>11/30/2011</td></tr>";
        }
        assertThat(cards("<table>" + rows + "</table>", "Search Results")).extracting(JobPosting::location)
                .containsOnly("New York, NY");
    }

    @Test
    void aTableRowsPlaceAndEmployerAreTheCellsUnderThoseHeaders() {
        String rows = "<tr><th>Job Title</th><th>Company</th><th>Location</th><th>Posted</th></tr>";
        for (String t : new String[] {"Accounts Payable Clerk", "Business Development Manager", "Deck Officer"}) {
            rows += "<tr><td><a href='/req?rid=" + t.length() + "'>" + t + "</a></td><td>Hornbeck Offshore</td>"
                    + "<td>Headquarters</td><td>2011-11-30</td></tr>";
        }
        List<JobPosting> found = cards("<table>" + rows + "</table>", "Careers");
        assertThat(found).hasSize(3).allSatisfy(c -> {
            assertThat(c.company()).isEqualTo("Hornbeck Offshore");
            assertThat(c.location()).isEqualTo("Headquarters");
        });
    }
}
