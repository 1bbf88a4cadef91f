package dev.careeragent.sources.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careeragent.jobs.JobPosting;
import dev.careeragent.sources.Html;
import dev.careeragent.sources.PageJobs;
import dev.careeragent.sources.SourceTesting;
import dev.careeragent.sources.catalog.JobPageParser;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** The general card rules of the set-aside-7 round, each on a small page of its own (none laid out as the real boards). */
class CardSetAside7RulesTest {

    private static final String[] ROLES = {"Payroll Specialist", "Warehouse Team Lead", "Frontend Engineer",
        "Dental Nurse", "Account Manager", "Civil Engineer", "Store Manager", "Data Scientist", "Legal Assistant",
        "Electrician", "Chef de Partie", "Product Designer"};

    private static String page(IntFunction<String> card, int count, String before, String after) {
        StringBuilder body = new StringBuilder(before);
        for (int i = 0; i < count; i++) {
            body.append(card.apply(i));
        }
        return "<html><head><title>Openings</title></head><body>" + body + after + "</body></html>";
    }

    private static List<JobPosting> cards(String html) {
        return new JobCards(SourceTesting.normalizer()).read(Html.parse(html, null, "job"), "https://careers.example/");
    }

    @Test
    void aSiteMarkerRepeatedOnEveryCardMarksItsOwnBoardNotAJobView() {
        String board = page(i -> "<tr class='ashby-job-posting-row'><td><a href='/acme/" + (4100 + i) + "'>" + ROLES[i]
                + "</a></td><td>Operations</td><td>Porto, Portugal</td></tr>", 6, "<table><tbody>", "</tbody></table>");
        PageJobs read = new JobPageParser(SourceTesting.normalizer()).read(board, null);
        assertThat(read.listing()).isTrue();
        assertThat(read.postings()).hasSize(6);

        String view = "<html><body><div class='ashby-job-posting-header'><h1>Payroll Specialist</h1></div>"
                + "<p>Acme is hiring a payroll specialist in Porto.</p></body></html>";
        assertThat(SiteRecognizer.hasJobViewMarkup(Html.parse(view, null, "job"))).isTrue();
    }

    @Test
    void theHeadingInsideALinkClassedAsTheTitleIsTheTitle() {
        List<JobPosting> found = cards(page(i -> "<section class=vacancy><button>Apply</button><a class='vacancy-title'"
                + " href='/v/" + (70 + i) + "'><h4>" + ROLES[i] + "</h4><ul><li>Hybrid</li><li>Lisbon</li></ul></a>"
                + "</section>", 5, "<main>", "</main>"));
        assertThat(found).extracting(JobPosting::title).containsExactly(ROLES[0], ROLES[1], ROLES[2], ROLES[3], ROLES[4]);
    }

    @Test
    void aLinkWrappingAHeadingAndADetailsLineIsACard() {
        List<JobPosting> found = cards(page(i -> "<a class=tile href='/roles/" + (300 + i) + "'><h2>" + ROLES[i]
                + "</h2><p>Logistics · Rotterdam, Netherlands · Contract</p></a>", 4, "<main>", "</main>"));
        assertThat(found).extracting(JobPosting::title).containsExactly(ROLES[0], ROLES[1], ROLES[2], ROLES[3]);
    }

    @Test
    void aCardThatIsOneLinkMayListEveryCountryItIsOpenIn() {
        String countries = String.join(", ", java.util.Locale.getISOCountries()).substring(0, 900);
        List<JobPosting> found = cards(page(i -> "<a href='/p/" + (800 + i) + "'><div><h3>" + ROLES[i] + "</h3><div><span>"
                + (i % 2 == 0 ? countries : "Kenya") + "</span> <span>Full time</span></div></div></a>", 8, "<div>", "</div>"));
        assertThat(found).hasSize(8);
    }

    @Test
    void theFieldOfABulletedMetaLineThatNamesAPlaceGivesThePlace() {
        List<JobPosting> found = cards(page(i -> "<li class=row><a href='/job/" + (60 + i) + "'>" + ROLES[i] + "</a>"
                + "<small>Finance · Lisbon, Portugal; Madrid, Spain · Permanent</small></li>", 5, "<ol>", "</ol>"));
        assertThat(found).hasSize(5);
        assertThat(found.get(0).location()).isEqualTo("Lisbon, Portugal");
    }
}
